package org.techbench.service.procedure;

import org.techbench.domain.procedure.StepOutcome;
import org.techbench.i18n.Texts;

/** A recorded answer in words: "Passed" rather than {@code pass}, "Done" for an instruction, "Went back". */
public final class AnswerWords {

    private AnswerWords() {
    }

    /** The answer in the window's words ({@code messages}: the window's bundle); a tool's output by its first line. */
    public static String of(RecordedStep step, Texts messages) {
        if (step.outcome() == StepOutcome.BACK) {
            return messages.get("procedures.wentBack");
        }
        String answer = step.answer();
        if (answer == null || answer.isEmpty() || answer.equals("done")) {
            return messages.get("procedures.answer.done");
        }
        return switch (answer) {
            case "pass" -> messages.get("procedures.answer.pass");
            case "fail" -> messages.get("procedures.answer.fail");
            case "yes" -> messages.get("procedures.answer.yes");
            default -> answer.lines().findFirst().orElse("");
        };
    }
}
