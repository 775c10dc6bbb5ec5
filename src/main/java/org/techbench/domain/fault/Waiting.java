package org.techbench.domain.fault;

/** Whom a fault on hold is waiting for: the time is kept apart per party and not counted against the SLA. */
public enum Waiting {
    CUSTOMER, VENDOR
}
