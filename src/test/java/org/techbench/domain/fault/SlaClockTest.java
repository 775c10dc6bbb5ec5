package org.techbench.domain.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.techbench.domain.site.ServiceTarget;

/** SLA clocks: targets from the report, time on hold taken off, events' own times, never the sync's. */
class SlaClockTest {

    static final OffsetDateTime REPORTED = OffsetDateTime.of(2026, 12, 4, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    static final ServiceTarget FOUR_HOURS = new ServiceTarget(Duration.ofHours(1), Duration.ofHours(4));

    @Test
    void aFaultJustReportedIsOnTrackWithItsTargetsFromTheReport() {
        SlaState state = SlaClock.of(fault(null, null), FOUR_HOURS, List.of(), at(10));

        assertThat(state.responseDue()).isEqualTo(REPORTED.plusHours(1).toInstant());
        assertThat(state.resolutionDue()).isEqualTo(REPORTED.plusHours(4).toInstant());
        assertThat(state.standing()).isEqualTo(SlaStanding.ON_TRACK);
    }

    @Test
    void aFaultNotAnsweredWithinItsResponseTargetHasBreachedIt() {
        assertThat(SlaClock.of(fault(null, null), FOUR_HOURS, List.of(), at(61)).standing()).isEqualTo(SlaStanding.BREACHED);
    }

    @Test
    void threeQuartersOfTheResolutionTargetUsedIsNear() {
        Fault answered = fault(REPORTED.plusMinutes(20), null);

        assertThat(SlaClock.of(answered, FOUR_HOURS, List.of(), at(179)).standing()).isEqualTo(SlaStanding.ON_TRACK);
        assertThat(SlaClock.of(answered, FOUR_HOURS, List.of(), at(180)).standing()).isEqualTo(SlaStanding.NEAR);
        assertThat(SlaClock.of(answered, FOUR_HOURS, List.of(), at(241)).standing()).isEqualTo(SlaStanding.BREACHED);
    }

    @Test
    void timeWaitingOnTheCustomerMovesTheResolutionTargetOn() {
        Fault answered = fault(REPORTED.plusMinutes(20), null);
        List<FaultEvent> journal = List.of(
                move(FaultStatus.IN_PROGRESS, 20), move(FaultStatus.ON_HOLD, 60), move(FaultStatus.IN_PROGRESS, 150));

        SlaState state = SlaClock.of(answered, FOUR_HOURS, journal, at(300));

        assertThat(state.paused()).isEqualTo(Duration.ofMinutes(90));
        assertThat(state.resolutionDue()).isEqualTo(REPORTED.plusMinutes(330).toInstant());
        assertThat(state.standing()).isEqualTo(SlaStanding.NEAR);
    }

    @Test
    void aFaultStillOnHoldIsPausedUntilNow() {
        SlaState state = SlaClock.of(fault(REPORTED.plusMinutes(5), null), FOUR_HOURS,
                List.of(move(FaultStatus.ON_HOLD, 30)), at(600));

        assertThat(state.paused()).isEqualTo(Duration.ofMinutes(570));
        assertThat(state.standing()).isEqualTo(SlaStanding.ON_TRACK);
    }

    @Test
    void aFaultResolvedInTimeHasMetItsTargetsWhateverTheTimeNow() {
        Fault resolved = fault(REPORTED.plusMinutes(10), REPORTED.plusHours(3));

        assertThat(SlaClock.of(resolved, FOUR_HOURS, List.of(), at(10_000)).standing()).isEqualTo(SlaStanding.MET);
    }

    @Test
    void eventsCountByWhenTheyHappenedNotTheOrderTheyArrivedIn() {
        // Synced late: the journal lists the return to work before the hold it ends.
        List<FaultEvent> arrived = List.of(move(FaultStatus.IN_PROGRESS, 150), move(FaultStatus.ON_HOLD, 60));

        assertThat(SlaClock.of(fault(REPORTED.plusMinutes(5), null), FOUR_HOURS, arrived, at(200)).paused())
                .isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void aHoldRecordedBeforeTheReportOnASkewedClockCountsFromTheReport() {
        List<FaultEvent> journal = List.of(move(FaultStatus.ON_HOLD, -30), move(FaultStatus.IN_PROGRESS, 30));

        assertThat(SlaClock.of(fault(REPORTED.plusMinutes(5), null), FOUR_HOURS, journal, at(100)).paused())
                .isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void pausedTimeIsNeverMoreThanTheTimeElapsedAndTheResolutionDueNeverComesEarlier() {
        qt().forAll(integers().between(0, 2_000), integers().between(0, 2_000), integers().between(0, 2_000),
                integers().between(1, 3_000)).checkAssert((hold, resume, hold2, now) -> {
            List<FaultEvent> journal = new ArrayList<>(List.of(move(FaultStatus.ON_HOLD, hold),
                    move(FaultStatus.IN_PROGRESS, resume), move(FaultStatus.ON_HOLD, hold2)));
            SlaState state = SlaClock.of(fault(REPORTED.plusMinutes(1), null), FOUR_HOURS, journal, at(now));
            assertThat(state.paused()).isBetween(Duration.ZERO, Duration.ofMinutes(now));
            assertThat(state.resolutionDue()).isAfterOrEqualTo(REPORTED.plusHours(4).toInstant());
        });
    }

    private static Instant at(int minutesAfterReport) {
        return REPORTED.plusMinutes(minutesAfterReport).toInstant();
    }

    private static FaultEvent move(FaultStatus to, int minutesAfterReport) {
        return new FaultEvent(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), FaultEventKind.STATUS_CHANGE,
                StatusChange.body(to, "test"), UUID.randomUUID(), REPORTED.plusMinutes(minutesAfterReport));
    }

    private static Fault fault(OffsetDateTime responded, OffsetDateTime resolved) {
        return new Fault(UUID.randomUUID(), UUID.randomUUID(), null, "F-1", FaultCategory.HARDWARE,
                FaultSubcategory.values()[0], "Server down", REPORTED, null, "Li Na", null, null, Impact.HIGH, Urgency.HIGH,
                Priority.P1, resolved == null ? FaultStatus.IN_PROGRESS : FaultStatus.RESOLVED, null, REPORTED, responded,
                resolved, null, null, null, null, null, null, null, null);
    }
}
