package org.techbench.domain.fault;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techbench.domain.site.ServiceTarget;

/**
 * Works out a fault's SLA state from its journal. The clocks run on the times events happened on
 * the laptop that recorded them (offline included), never on when they were synced; time on hold
 * (waiting on the customer or a vendor) is not counted against the resolution target.
 */
public final class SlaClock {

    /** The share of a target used up from which a fault is shown as near it. */
    static final double NEAR_SHARE = 0.75;

    private SlaClock() {
    }

    public static SlaState of(Fault fault, ServiceTarget target, List<FaultEvent> journal, Instant now) {
        Instant reported = fault.reportedAt().toInstant();
        Instant stopped = fault.resolvedAt() != null ? fault.resolvedAt().toInstant() : now;
        Map<Waiting, Duration> waits = new EnumMap<>(Waiting.class);
        Duration paused = paused(journal, reported, stopped, waits);
        Instant responseDue = reported.plus(target.response());
        Instant resolutionDue = reported.plus(target.resolution()).plus(paused);
        return new SlaState(responseDue, resolutionDue, paused, waits.getOrDefault(Waiting.CUSTOMER, Duration.ZERO),
                waits.getOrDefault(Waiting.VENDOR, Duration.ZERO), standing(fault, target, reported, responseDue, resolutionDue, paused, now));
    }

    private static SlaStanding standing(Fault fault, ServiceTarget target, Instant reported, Instant responseDue,
                                        Instant resolutionDue, Duration paused, Instant now) {
        Instant responded = fault.respondedAt() == null ? null : fault.respondedAt().toInstant();
        boolean responseLate = responded != null ? responded.isAfter(responseDue) : now.isAfter(responseDue);
        if (fault.resolvedAt() != null) {
            return responseLate || fault.resolvedAt().toInstant().isAfter(resolutionDue) ? SlaStanding.BREACHED
                    : SlaStanding.MET;
        }
        if (responseLate || now.isAfter(resolutionDue)) {
            return SlaStanding.BREACHED;
        }
        boolean responseNear = responded == null && used(reported, now, Duration.ZERO, target.response()) >= NEAR_SHARE;
        boolean resolutionNear = used(reported, now, paused, target.resolution()) >= NEAR_SHARE;
        return responseNear || resolutionNear ? SlaStanding.NEAR : SlaStanding.ON_TRACK;
    }

    private static double used(Instant from, Instant now, Duration paused, Duration target) {
        if (target.isZero()) {
            return 1;
        }
        return (double) Duration.between(from, now).minus(paused).toMillis() / target.toMillis();
    }

    /**
     * The time between reaching ON_HOLD and leaving it, by the events' own times, up to {@code until};
     * {@code waits} gets the share of each party a hold named.
     */
    static Duration paused(List<FaultEvent> journal, Instant from, Instant until, Map<Waiting, Duration> waits) {
        Duration total = Duration.ZERO;
        Instant heldSince = null;
        Waiting party = null;
        for (FaultEvent event : journal.stream().sorted(Comparator.comparing(FaultEvent::happenedAt)).toList()) {
            Optional<FaultStatus> moved = StatusChange.target(event);
            if (moved.isEmpty()) {
                continue;
            }
            Instant at = clamp(event.happenedAt().toInstant(), from, until);
            if (moved.get() == FaultStatus.ON_HOLD && heldSince == null) {
                heldSince = at;
                party = StatusChange.waitingOn(event).orElse(null);
            } else if (moved.get() != FaultStatus.ON_HOLD && heldSince != null) {
                total = total.plus(held(heldSince, at, party, waits));
                heldSince = null;
            }
        }
        if (heldSince != null) {
            total = total.plus(held(heldSince, until, party, waits));
        }
        return total;
    }

    private static Duration held(Instant since, Instant until, Waiting party, Map<Waiting, Duration> waits) {
        Duration held = Duration.between(since, until);
        if (party != null) {
            waits.merge(party, held, Duration::plus);
        }
        return held;
    }

    private static Instant clamp(Instant at, Instant from, Instant until) {
        return at.isBefore(from) ? from : at.isAfter(until) ? until : at;
    }
}
