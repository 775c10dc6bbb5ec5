package org.techbench.domain.fault;

import java.time.Duration;
import java.time.Instant;

/**
 * A fault's SLA clocks: when a response and a resolution are due (the latter moved on by the time
 * spent waiting on the customer or a vendor), that waiting time, and the standing they give.
 */
public record SlaState(Instant responseDue, Instant resolutionDue, Duration paused, SlaStanding standing) {
}
