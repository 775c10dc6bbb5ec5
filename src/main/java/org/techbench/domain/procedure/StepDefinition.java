package org.techbench.domain.procedure;

import java.util.List;
import java.util.stream.Stream;

/**
 * One step of a procedure definition. Where it leads: {@code next} (null: the step after it in the
 * file; {@value ProcedureDefinition#END}: the end), a check's {@code fail}, a reading's
 * {@code outOfRange}, or a choice's own. {@code requires} names an earlier step that must have been
 * confirmed or passed before this one can be answered (a backup before an update). {@code line} is
 * where it stands in its file.
 */
public record StepDefinition(String id, StepKind kind, LocalText text, boolean required, String next, String fail,
                             String unit, Double min, Double max, String outOfRange, List<Choice> choices,
                             String tool, String requires, int line) {

    public StepDefinition {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** Every step this one can lead to by name (not the implicit step after it). */
    public Stream<String> targets() {
        return Stream.concat(Stream.of(next, fail, outOfRange), choices.stream().map(Choice::next))
                .filter(target -> target != null);
    }
}
