package org.techbench.domain.maintenance;

import java.math.BigDecimal;
import java.util.UUID;
import org.techbench.domain.asset.ComponentKind;

/** One line of a periodic checklist: what to check on which component, how, and how often. */
public record ChecklistItem(
        UUID id,
        UUID templateId,
        int position,
        ComponentKind component,
        String check,
        String method,
        String tools,
        CheckFrequency frequency,
        AnswerType answerType,
        String unit,
        BigDecimal lowerLimit,
        BigDecimal upperLimit,
        String choices,
        boolean required) {

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
}
