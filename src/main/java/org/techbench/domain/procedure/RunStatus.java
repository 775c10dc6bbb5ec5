package org.techbench.domain.procedure;

/** Where a procedure run stands. */
public enum RunStatus {
    IN_PROGRESS, COMPLETED, ABANDONED
}
