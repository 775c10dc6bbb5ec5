package org.techbench.domain.procedure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks a procedure definition must pass before it is offered: steps named once, every
 * reference to a step that exists, every step reachable from the first, a way to the end from
 * every step (no loop without a way out), both languages in every text, readings with a unit and
 * a sane range, choices with at least two answers. The same checks at load and for
 * {@code procedure validate FILE}.
 */
public final class DefinitionCheck {

    private DefinitionCheck() {
    }

    public static List<DefinitionProblem> problems(ProcedureDefinition definition) {
        List<DefinitionProblem> problems = new ArrayList<>();
        String source = definition.source();
        texts(problems, source, 1, "title", definition.title());
        if (definition.steps().isEmpty()) {
            problems.add(new DefinitionProblem(source, 1, "The procedure has no steps."));
            return problems;
        }
        Set<String> ids = new HashSet<>();
        for (StepDefinition step : definition.steps()) {
            if (!ids.add(step.id())) {
                problems.add(new DefinitionProblem(source, step.line(), "Step \"" + step.id() + "\" is named twice."));
            }
        }
        for (StepDefinition step : definition.steps()) {
            texts(problems, source, step.line(), "step \"" + step.id() + "\"", step.text());
            step.targets().filter(target -> !target.equals(ProcedureDefinition.END) && !ids.contains(target))
                    .forEach(target -> problems.add(new DefinitionProblem(source, step.line(),
                            "Step \"" + step.id() + "\" leads to \"" + target + "\", which is not a step of this procedure.")));
            if (step.requires() != null && !ids.contains(step.requires())) {
                problems.add(new DefinitionProblem(source, step.line(), "Step \"" + step.id() + "\" requires \""
                        + step.requires() + "\", which is not a step of this procedure."));
            }
            if (step.kind() == StepKind.READING) {
                if (step.unit() == null || step.unit().isBlank()) {
                    problems.add(new DefinitionProblem(source, step.line(), "Reading \"" + step.id() + "\" has no unit."));
                }
                if (step.min() != null && step.max() != null && step.min() > step.max()) {
                    problems.add(new DefinitionProblem(source, step.line(), "Reading \"" + step.id()
                            + "\" has a minimum above its maximum."));
                }
            }
            if (step.kind() == StepKind.TOOL && (step.tool() == null || java.util.Arrays.stream(
                    org.techbench.domain.fault.DiagnosticTool.values()).noneMatch(tool -> toolName(tool).equals(step.tool())))) {
                problems.add(new DefinitionProblem(source, step.line(), "Tool step \"" + step.id() + "\" needs a tool: "
                        + String.join(", ", java.util.Arrays.stream(org.techbench.domain.fault.DiagnosticTool.values())
                                .map(DefinitionCheck::toolName).toList()) + "."));
            }
            if (step.kind() == StepKind.CHOICE) {
                if (step.choices().size() < 2) {
                    problems.add(new DefinitionProblem(source, step.line(), "Choice \"" + step.id()
                            + "\" offers fewer than two answers."));
                }
                step.choices().forEach(choice -> texts(problems, source, step.line(),
                        "answer \"" + choice.value() + "\" of \"" + step.id() + "\"", choice.text()));
            }
        }
        effectSteps(problems, definition);
        if (!problems.isEmpty()) {
            return problems; // the graph of a definition with broken references says nothing more
        }
        Set<String> reachable = reachable(definition);
        for (StepDefinition step : definition.steps()) {
            if (!reachable.contains(step.id())) {
                problems.add(new DefinitionProblem(source, step.line(), "Step \"" + step.id()
                        + "\" cannot be reached from the first step."));
            } else if (!endsFrom(definition, step.id())) {
                problems.add(new DefinitionProblem(source, step.line(), "Step \"" + step.id()
                        + "\" is in a loop with no way out to the end."));
            }
            if (step.requires() != null && failureLeadsTo(definition, step.requires(), step.id())) {
                problems.add(new DefinitionProblem(source, step.line(), "Step \"" + step.id() + "\" requires \""
                        + step.requires() + "\" passed, but a failed \"" + step.requires() + "\" leads to it: the run would stop there."));
            }
        }
        return problems;
    }

    /** A tool as definition files name it: {@code tcp-port} is TCP_PORT. */
    public static String toolName(org.techbench.domain.fault.DiagnosticTool tool) {
        return tool.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** A kind that changes its asset names the steps its change is read from (see {@link RunEffect}). */
    private static void effectSteps(List<DefinitionProblem> problems, ProcedureDefinition definition) {
        RunEffect.neededSteps(definition.kind()).entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(needed -> {
                    StepDefinition step = definition.step(needed.getKey()).orElse(null);
                    if (step == null || step.kind() != needed.getValue()) {
                        problems.add(new DefinitionProblem(definition.source(), 1, "A " + definition.kind().name()
                                + " procedure needs a " + needed.getValue().fileName() + " step named \""
                                + needed.getKey() + "\": the asset's record is updated from it."));
                    }
                });
        if (definition.kind() == ProcedureKind.PART_REPLACEMENT) {
            definition.step("part").ifPresent(step -> step.choices().stream()
                    .filter(choice -> java.util.Arrays.stream(org.techbench.domain.asset.ComponentKind.values())
                            .noneMatch(kind -> kind.name().equals(choice.value())))
                    .forEach(choice -> problems.add(new DefinitionProblem(definition.source(), step.line(),
                            "Answer \"" + choice.value() + "\" of \"part\" is not a kind of part: use one of "
                                    + java.util.Arrays.toString(org.techbench.domain.asset.ComponentKind.values()) + "."))));
        }
    }

    /** Where a step can lead: its targets, with the step after it standing in for any left open. */
    public static List<String> exits(ProcedureDefinition definition, StepDefinition step) {
        String after = definition.stepAfter(step.id());
        Set<String> exits = new LinkedHashSet<>();
        exits.add(resolve(step.next(), after));
        switch (step.kind()) {
            case CHECK -> exits.add(resolve(step.fail(), after));
            case READING -> {
                if (step.outOfRange() != null) {
                    exits.add(step.outOfRange());
                }
            }
            case CHOICE -> step.choices().forEach(choice -> exits.add(resolve(choice.next(), resolve(step.next(), after))));
            default -> { }
        }
        return List.copyOf(exits);
    }

    /** A target as written, else the step after, else the end. */
    static String resolve(String target, String after) {
        return target != null ? target : after != null ? after : ProcedureDefinition.END;
    }

    private static Set<String> reachable(ProcedureDefinition definition) {
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(definition.steps().getFirst().id()));
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (id.equals(ProcedureDefinition.END) || !seen.add(id)) {
                continue;
            }
            definition.step(id).ifPresent(step -> pending.addAll(exits(definition, step)));
        }
        return seen;
    }

    /** Whether a failed (or unconfirmed) {@code required} leads on to {@code requiring} without coming back to it. */
    private static boolean failureLeadsTo(ProcedureDefinition definition, String required, String requiring) {
        StepDefinition gate = definition.step(required).orElse(null);
        if (gate == null || gate.kind() != StepKind.CHECK) {
            return false; // only a check can fail; a confirmation is never given as no
        }
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(resolve(gate.fail(), definition.stepAfter(required))));
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (id.equals(requiring)) {
                return true;
            }
            if (id.equals(ProcedureDefinition.END) || id.equals(required) || !seen.add(id)) {
                continue;
            }
            definition.step(id).ifPresent(step -> pending.addAll(exits(definition, step)));
        }
        return false;
    }

    private static boolean endsFrom(ProcedureDefinition definition, String start) {
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(start));
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (id.equals(ProcedureDefinition.END)) {
                return true;
            }
            if (seen.add(id)) {
                definition.step(id).ifPresent(step -> pending.addAll(exits(definition, step)));
            }
        }
        return false;
    }

    private static void texts(List<DefinitionProblem> problems, String source, int line, String what, LocalText text) {
        if (text == null || blank(text.en()) && blank(text.zh())) {
            problems.add(new DefinitionProblem(source, line, "The text of " + what + " is empty."));
        } else if (blank(text.en())) {
            problems.add(new DefinitionProblem(source, line, "The text of " + what + " has no English."));
        } else if (blank(text.zh())) {
            problems.add(new DefinitionProblem(source, line, "The text of " + what + " has no Chinese."));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
