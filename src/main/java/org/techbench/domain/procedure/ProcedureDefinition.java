package org.techbench.domain.procedure;

import java.util.List;
import java.util.Optional;

/**
 * A procedure as data: its code and version, kind, the fault category it serves (for
 * troubleshooting), a title in both languages, and its steps in order. {@code source} names the
 * file or stored row it came from.
 */
public record ProcedureDefinition(String code, int version, ProcedureKind kind, String category, String subcategory,
                                  LocalText title, List<StepDefinition> steps, String source) {

    /** The target that ends a run. */
    public static final String END = "end";

    public ProcedureDefinition {
        steps = List.copyOf(steps);
    }

    public Optional<StepDefinition> step(String id) {
        return steps.stream().filter(step -> step.id().equals(id)).findFirst();
    }

    /** The step written after {@code id}, or null when it is the last. */
    public String stepAfter(String id) {
        for (int i = 0; i < steps.size() - 1; i++) {
            if (steps.get(i).id().equals(id)) {
                return steps.get(i + 1).id();
            }
        }
        return null;
    }
}
