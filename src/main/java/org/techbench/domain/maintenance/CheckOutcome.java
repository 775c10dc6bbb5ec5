package org.techbench.domain.maintenance;

/** The result of one check or of a whole inspection. */
public enum CheckOutcome {
    PASS, FAIL, NOT_APPLICABLE, PENDING
}
