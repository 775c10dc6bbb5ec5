package org.techbench.domain.procedure;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.techbench.domain.asset.ComponentKind;

/**
 * What a finished run changes on its asset: software installed, updated or removed, or a part
 * replaced. Read from the answers of steps the procedure's kind names (for example {@code software}
 * and {@code version}), and only when the run's {@code test} check passed: a failed install or a
 * rolled-back update leaves the asset as it was.
 */
public sealed interface RunEffect {

    /** The step every effect waits for: the check that the work succeeded. */
    String TEST = "test";

    record SoftwareInstalled(String name, String version) implements RunEffect {
    }

    record SoftwareUpdated(String name, String version) implements RunEffect {
    }

    record SoftwareRemoved(String name) implements RunEffect {
    }

    record PartReplaced(ComponentKind kind, String model, String serial) implements RunEffect {
    }

    /** The steps (id and kind) a procedure of {@code kind} needs for its effect; none for kinds without one. */
    static Map<String, StepKind> neededSteps(ProcedureKind kind) {
        return switch (kind) {
            case SOFTWARE_INSTALL, SOFTWARE_UPDATE -> Map.of("software", StepKind.TEXT, "version", StepKind.TEXT,
                    TEST, StepKind.CHECK);
            case SOFTWARE_UNINSTALL -> Map.of("software", StepKind.TEXT, TEST, StepKind.CHECK);
            case PART_REPLACEMENT -> Map.of("part", StepKind.CHOICE, "model", StepKind.TEXT, TEST, StepKind.CHECK);
            default -> Map.of();
        };
    }

    /** The effect of a finished walk, if its kind has one and its test passed. */
    static Optional<RunEffect> of(ProcedureWalk walk) {
        if (!walk.finished() || !"pass".equals(answer(walk.path(), TEST))) {
            return Optional.empty();
        }
        List<StepAnswer> path = walk.path();
        return switch (walk.definition().kind()) {
            case SOFTWARE_INSTALL -> Optional.of(new SoftwareInstalled(answer(path, "software"), answer(path, "version")));
            case SOFTWARE_UPDATE -> Optional.of(new SoftwareUpdated(answer(path, "software"), answer(path, "version")));
            case SOFTWARE_UNINSTALL -> Optional.of(new SoftwareRemoved(answer(path, "software")));
            case PART_REPLACEMENT -> partKind(answer(path, "part"))
                    .map(kind -> new PartReplaced(kind, answer(path, "model"), answer(path, "serial")));
            default -> Optional.empty();
        };
    }

    private static Optional<ComponentKind> partKind(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ComponentKind.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The last standing answer to a step, or null when the walk did not pass it. */
    private static String answer(List<StepAnswer> path, String stepId) {
        String found = null;
        for (StepAnswer answer : path) {
            if (answer.stepId().equals(stepId)) {
                found = answer.value() == null || answer.value().isBlank() ? null : answer.value().strip();
            }
        }
        return found;
    }
}
