package org.techbench.domain.fault;

/** Where a fault stands against its targets: within them, near one (three quarters used), past one, or resolved in time. */
public enum SlaStanding {
    ON_TRACK, NEAR, BREACHED, MET
}
