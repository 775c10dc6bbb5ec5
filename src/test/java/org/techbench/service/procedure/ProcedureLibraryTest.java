package org.techbench.service.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.techbench.domain.procedure.Choice;
import org.techbench.domain.procedure.ProcedureDefinition;
import org.techbench.domain.procedure.ProcedureWalk;
import org.techbench.domain.procedure.StepDefinition;

/** Every built-in procedure loads, speaks both languages, and every path through it reaches the end. */
class ProcedureLibraryTest {

    private final ProcedureLibrary library = ProcedureLibrary.builtIn();

    @Test
    void everyBuiltInProcedureLoads() {
        assertThat(library.problems()).isEmpty();
        assertThat(library.all()).extracting(ProcedureDefinition::code)
                .contains("TROUBLESHOOT-POWER", "TROUBLESHOOT-COOLING", "SOFTWARE-UPDATE", "SOFTWARE-INSTALL");
    }

    @Test
    void everyTextOfEveryBuiltInProcedureIsInBothLanguages() {
        for (ProcedureDefinition definition : library.all()) {
            assertThat(definition.title().en()).isNotBlank();
            assertThat(definition.title().zh()).isNotBlank();
            for (StepDefinition step : definition.steps()) {
                assertThat(step.text().en()).as(definition.code() + "/" + step.id()).isNotBlank();
                assertThat(step.text().zh()).as(definition.code() + "/" + step.id()).isNotBlank();
                step.choices().forEach(choice -> assertThat(choice.text().zh()).isNotBlank());
            }
        }
    }

    @Test
    void everyPathThroughEveryBuiltInProcedureReachesTheEndAndVisitsEveryStep() {
        for (ProcedureDefinition definition : library.all()) {
            Set<String> visited = new HashSet<>();
            List<ProcedureWalk> pending = new ArrayList<>(List.of(ProcedureWalk.start(definition)));
            int finished = 0;
            while (!pending.isEmpty()) {
                ProcedureWalk walk = pending.removeLast();
                assertThat(walk.answered()).as(definition.code() + " path length").isLessThan(100);
                if (walk.finished()) {
                    finished++;
                    continue;
                }
                StepDefinition step = walk.current().orElseThrow();
                visited.add(step.id());
                if (walk.path().stream().anyMatch(answer -> answer.stepId().equals(step.id()))) {
                    continue; // round a loop once: the definition's check proved it has a way out
                }
                for (String answer : answersFor(step)) {
                    var outcome = walk.answer(answer, null);
                    assertThat(outcome.refusal()).as(definition.code() + "/" + step.id() + " answered " + answer).isNull();
                    pending.add(outcome.walk());
                }
            }
            assertThat(finished).as(definition.code() + " finished paths").isPositive();
            assertThat(visited).as(definition.code() + " steps visited")
                    .containsExactlyInAnyOrderElementsOf(definition.steps().stream().map(StepDefinition::id).toList());
        }
    }

    /** One answer for each way a step can lead. */
    private static List<String> answersFor(StepDefinition step) {
        return switch (step.kind()) {
            case CHECK -> List.of("pass", "fail");
            case CONFIRMATION -> List.of("yes");
            case READING -> step.outOfRange() == null ? List.of(inRange(step))
                    : List.of(inRange(step), Double.toString((step.max() == null ? 0 : step.max()) + 100));
            case CHOICE -> step.choices().stream().map(Choice::value).toList();
            default -> List.of("answered");
        };
    }

    private static String inRange(StepDefinition step) {
        double low = step.min() == null ? 0 : step.min();
        double high = step.max() == null ? low + 1 : step.max();
        return Double.toString((low + high) / 2);
    }
}
