package org.techbench.domain.procedure;

/** What happened at one step of a procedure run. */
public enum StepOutcome {
    DONE, SKIPPED, FAILED,
    /** The technician went back: the step recorded before this one no longer counts. */
    BACK
}
