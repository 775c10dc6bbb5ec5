package org.techbench.domain.procedure;

/** Why a step did not advance, with what to show beside it (a range, the step that must come first). */
public record StepRefusal(Reason reason, String detail) {

    /** The rules a step's answer is held to. */
    public enum Reason {
        NOT_CONFIRMED, PASS_OR_FAIL, NOT_A_NUMBER, OUT_OF_RANGE, NOT_A_CHOICE, ANSWER_REQUIRED, NEEDS_FIRST, FINISHED
    }
}
