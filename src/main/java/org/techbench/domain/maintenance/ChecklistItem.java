package org.techbench.domain.maintenance;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.techbench.domain.asset.ComponentKind;

/**
 * One line of a periodic checklist: what to check on which component, how, with what, how often,
 * and what answer it takes. The key stays the same across the template's versions.
 */
public record ChecklistItem(
        UUID id,
        UUID templateId,
        int position,
        String key,
        ComponentKind component,
        Bilingual check,
        Bilingual method,
        Bilingual tools,
        CheckFrequency frequency,
        AnswerType answerType,
        String unit,
        BigDecimal lowerLimit,
        BigDecimal upperLimit,
        String choices,
        boolean required,
        boolean photoWanted) {

    /** Marks a choice that fails the check, as in {@code OK|Low|!Empty}. */
    public static final String FAILING_CHOICE = "!";

    public ChecklistItem {
        // Limits compare by value: 11.4 and 11.4000 are the same limit.
        lowerLimit = lowerLimit == null ? null : lowerLimit.stripTrailingZeros();
        upperLimit = upperLimit == null ? null : upperLimit.stripTrailingZeros();
    }

    /** Whether a reading lies within this item's limits; items without limits accept any reading. */
    public boolean accepts(BigDecimal reading) {
        return (lowerLimit == null || reading.compareTo(lowerLimit) >= 0)
                && (upperLimit == null || reading.compareTo(upperLimit) <= 0);
    }

    /** The choices offered, without their failing marks. */
    public List<String> choiceList() {
        if (choices == null || choices.isBlank()) {
            return List.of();
        }
        return Arrays.stream(choices.split("\\|")).map(String::strip).map(c -> c.startsWith(FAILING_CHOICE) ? c.substring(1) : c)
                .toList();
    }

    /** Whether choosing {@code choice} fails the check. */
    public boolean fails(String choice) {
        return choices != null && Arrays.stream(choices.split("\\|")).map(String::strip)
                .anyMatch(c -> c.equals(FAILING_CHOICE + choice));
    }
}
