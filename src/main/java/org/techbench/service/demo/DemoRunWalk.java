package org.techbench.service.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.techbench.domain.procedure.ProcedureDefinition;
import org.techbench.domain.procedure.ProcedureWalk;
import org.techbench.domain.procedure.StepAnswer;
import org.techbench.domain.procedure.StepDefinition;

/**
 * A believable walk through a procedure for demo data: checks mostly pass, readings in range,
 * a choice at random, texts from the fault. Each walk has its own random source, so adding runs
 * leaves the rest of the demo data as it was.
 */
final class DemoRunWalk {

    private static final int LONGEST = 40;

    private DemoRunWalk() {
    }

    /** The answers of a walk to the end, or empty when it did not end within {@value #LONGEST} steps. */
    static Optional<List<StepAnswer>> walk(ProcedureDefinition definition, Random random, String signer, String finding) {
        ProcedureWalk walk = ProcedureWalk.start(definition);
        for (int i = 0; i < LONGEST && !walk.finished(); i++) {
            StepDefinition step = walk.current().orElseThrow();
            ProcedureWalk.Outcome outcome = walk.answer(answer(step, random, signer, finding), null);
            if (outcome.refusal() != null) {
                outcome = walk.answer("pass", null); // a precondition not met yet: the check it waits for passes
                if (outcome.refusal() != null) {
                    return Optional.empty();
                }
            }
            walk = outcome.walk();
        }
        return walk.finished() ? Optional.of(new ArrayList<>(walk.path())) : Optional.empty();
    }

    private static String answer(StepDefinition step, Random random, String signer, String finding) {
        return switch (step.kind()) {
            case INSTRUCTION, ATTACHMENT -> "";
            case CONFIRMATION -> "yes";
            case CHECK -> random.nextInt(4) == 0 ? "fail" : "pass";
            case READING -> {
                double low = step.min() == null ? 0 : step.min();
                double high = step.max() == null ? low + 100 : step.max();
                yield Long.toString(Math.round(low + (high - low) * (0.2 + 0.6 * random.nextDouble())));
            }
            case CHOICE -> step.choices().get(random.nextInt(step.choices().size())).value();
            case TEXT -> finding;
            case TOOL -> "Reply from 10.0.0.1: bytes=32 time<1ms TTL=64 (4 sent, 4 received)";
            case SIGN_OFF -> signer;
        };
    }
}
