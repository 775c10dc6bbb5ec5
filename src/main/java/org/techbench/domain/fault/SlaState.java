package org.techbench.domain.fault;

import java.time.Duration;
import java.time.Instant;

/**
 * A fault's SLA clocks: when a response and a resolution are due (the latter moved on by the time
 * spent waiting on the customer or a vendor), that waiting time, and the standing they give.
 */
public record SlaState(Instant responseDue, Instant resolutionDue, Duration paused, Duration waitedOnCustomer,
                       Duration waitedOnVendor, SlaStanding standing) {

    /** Whether the fault is near or past a target: what the Dashboard and the status bar count. */
    public boolean atRisk() {
        return standing == SlaStanding.NEAR || standing == SlaStanding.BREACHED;
    }
}
