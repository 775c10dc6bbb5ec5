package org.techbench.domain.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A run through a procedure as the answers given so far make it: the step to answer now (none when
 * finished), branches followed by the answers, one step back, and a run resumed from its recorded
 * answers. Immutable: an answer gives a new walk, or a refusal that says why the step does not
 * advance.
 */
public final class ProcedureWalk {

    private final ProcedureDefinition definition;
    private final List<StepAnswer> path;
    private final String current;

    private ProcedureWalk(ProcedureDefinition definition, List<StepAnswer> path, String current) {
        this.definition = definition;
        this.path = List.copyOf(path);
        this.current = current;
    }

    public static ProcedureWalk start(ProcedureDefinition definition) {
        return new ProcedureWalk(definition, List.of(), definition.steps().getFirst().id());
    }

    /** The walk the recorded answers make; answers past one that no longer fits the definition are left out. */
    public static ProcedureWalk resume(ProcedureDefinition definition, List<StepAnswer> recorded) {
        ProcedureWalk walk = start(definition);
        for (StepAnswer answer : recorded) {
            if (walk.finished() || !answer.stepId().equals(walk.current)) {
                break;
            }
            Outcome outcome = walk.answer(answer.value(), answer.note());
            if (outcome.refusal() != null) {
                break;
            }
            walk = outcome.walk();
        }
        return walk;
    }

    /** A new walk, or why the answer was refused (the walk unchanged). */
    public record Outcome(ProcedureWalk walk, StepRefusal refusal) {
    }

    public ProcedureDefinition definition() {
        return definition;
    }

    /** The answers given, in the order given. */
    public List<StepAnswer> path() {
        return path;
    }

    public boolean finished() {
        return current.equals(ProcedureDefinition.END);
    }

    /** The step to answer now; empty when the run is finished. */
    public java.util.Optional<StepDefinition> current() {
        return definition.step(current);
    }

    /** Steps answered, and steps in the definition: for a progress bar (branches make the total an upper bound). */
    public int answered() {
        return path.size();
    }

    public ProcedureWalk back() {
        if (path.isEmpty()) {
            return this;
        }
        StepAnswer last = path.getLast();
        return new ProcedureWalk(definition, path.subList(0, path.size() - 1), last.stepId());
    }

    public Outcome answer(String value, String note) {
        StepDefinition step = current().orElse(null);
        if (step == null) {
            return refused(StepRefusal.Reason.FINISHED, "");
        }
        if (step.requires() != null && !passed(step.requires())) {
            return refused(StepRefusal.Reason.NEEDS_FIRST, step.requires());
        }
        String given = value == null ? "" : value.strip();
        String after = definition.stepAfter(step.id());
        String onward = DefinitionCheck.resolve(step.next(), after);
        String target;
        switch (step.kind()) {
            case INSTRUCTION -> {
                given = "done";
                target = onward;
            }
            case CONFIRMATION -> {
                if (!given.equalsIgnoreCase("yes")) {
                    return refused(StepRefusal.Reason.NOT_CONFIRMED, "");
                }
                given = "yes";
                target = onward;
            }
            case CHECK -> {
                String verdict = given.toLowerCase(Locale.ROOT);
                if (!verdict.equals("pass") && !verdict.equals("fail")) {
                    return refused(StepRefusal.Reason.PASS_OR_FAIL, "");
                }
                given = verdict;
                target = verdict.equals("pass") ? onward : DefinitionCheck.resolve(step.fail(), after);
            }
            case READING -> {
                double reading;
                try {
                    reading = Double.parseDouble(given.replace(',', '.'));
                } catch (NumberFormatException e) {
                    return refused(StepRefusal.Reason.NOT_A_NUMBER, given);
                }
                boolean inRange = (step.min() == null || reading >= step.min()) && (step.max() == null || reading <= step.max());
                if (!inRange && step.outOfRange() == null) {
                    return refused(StepRefusal.Reason.OUT_OF_RANGE, range(step));
                }
                target = inRange ? onward : step.outOfRange();
            }
            case CHOICE -> {
                String chosen = given;
                Choice choice = step.choices().stream().filter(c -> c.value().equals(chosen)).findFirst().orElse(null);
                if (choice == null) {
                    return refused(StepRefusal.Reason.NOT_A_CHOICE, given);
                }
                target = DefinitionCheck.resolve(choice.next(), onward);
            }
            default -> {
                if (given.isEmpty() && (step.required() || step.kind() == StepKind.SIGN_OFF)) {
                    return refused(StepRefusal.Reason.ANSWER_REQUIRED, "");
                }
                target = onward;
            }
        }
        List<StepAnswer> longer = new ArrayList<>(path);
        longer.add(new StepAnswer(step.id(), given, note));
        return new Outcome(new ProcedureWalk(definition, longer, target), null);
    }

    /** Whether the step was answered on this walk with a yes or a pass (or anything, for other kinds). */
    private boolean passed(String stepId) {
        return path.stream().anyMatch(answer -> answer.stepId().equals(stepId)
                && !answer.value().equals("fail") && !answer.value().isEmpty());
    }

    private Outcome refused(StepRefusal.Reason reason, String detail) {
        return new Outcome(this, new StepRefusal(reason, detail));
    }

    private static String range(StepDefinition step) {
        return (step.min() == null ? "" : trim(step.min())) + "–" + (step.max() == null ? "" : trim(step.max()))
                + (step.unit() == null ? "" : " " + step.unit());
    }

    private static String trim(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }
}
