package org.techbench.service.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultCategory;
import org.techbench.domain.fault.FaultEvent;
import org.techbench.domain.fault.FaultEventKind;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.fault.Impact;
import org.techbench.domain.fault.Priority;
import org.techbench.domain.fault.SlaStanding;
import org.techbench.domain.fault.Urgency;
import org.techbench.domain.fault.Waiting;
import org.techbench.domain.people.DispatchCandidate;
import org.techbench.service.demo.DemoDataOptions;
import org.techbench.domain.site.Site;
import org.techbench.sync.hub.MovableClock;
import org.techbench.service.RefusedException;
import org.techbench.service.Workbench;
import org.techbench.store.DataFolder;

/** A fault from its report to a rated close, on a real store: only legal moves, each journaled. */
class FaultLifecycleTest {

    @TempDir
    Path folder;
    MovableClock clock = new MovableClock(Instant.parse("2026-12-04T01:00:00Z"));
    Workbench workbench;
    Site site;

    @BeforeEach
    void aSite() {
        workbench = Workbench.open(new DataFolder(folder), clock, "tester");
        site = workbench.sites().save(new Site(null, "N1", "North plant", "", ZoneId.of("Asia/Shanghai"), "", null, null,
                false));
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void reportedFaultGetsPriorityFromImpactAndUrgency() {
        Fault fault = workbench.faults().report(report(Impact.MEDIUM, Urgency.HIGH, null, null));

        assertThat(fault.priority()).isEqualTo(Priority.P2);
        assertThat(fault.status()).isEqualTo(FaultStatus.REPORTED);
        assertThat(fault.number()).matches("F-20261204-[0-9A-F]{6}");
        assertThat(workbench.faults().detail(fault.id()).journal()).extracting(FaultEvent::body).containsExactly("REPORTED");
    }

    @Test
    void aPriorityAboveTheMatrixNeedsAReasonWhichTheJournalKeeps() {
        assertThatThrownBy(() -> workbench.faults().report(report(Impact.LOW, Urgency.LOW, Priority.P1, " ")))
                .isInstanceOf(RefusedException.class).hasMessage("The matrix gives P4; say why the fault should be P1.");

        Fault fault = workbench.faults().report(report(Impact.LOW, Urgency.LOW, Priority.P1, "The CEO's laptop"));

        assertThat(fault.priority()).isEqualTo(Priority.P1);
        assertThat(workbench.faults().detail(fault.id()).journal()).extracting(FaultEvent::body)
                .contains("Priority P1 instead of P4: The CEO's laptop");
    }

    @Test
    void aReportWithoutASymptomIsRefusedAndNothingIsSaved() {
        FaultReport blank = new FaultReport(site.id(), null, FaultSubcategory.POWER, "  ", null, null, "Li Na", null, null,
                Impact.LOW, Urgency.LOW, null, null, null);

        assertThatThrownBy(() -> workbench.faults().report(blank)).hasMessage(
                "Describe the symptom: what the user sees or cannot do.");
        assertThat(workbench.faults().list(FaultFilter.open(10))).isEmpty();
    }

    @Test
    void anIllegalMoveIsRefusedAndTheFaultStaysAsItWas() {
        Fault fault = workbench.faults().report(report(Impact.HIGH, Urgency.HIGH, null, null));

        assertThatThrownBy(() -> workbench.faults().hold(fault.id(), Waiting.VENDOR, "the PSU"))
                .hasMessage("Fault " + fault.number() + " is reported: it cannot move to waiting from there.");
        assertThat(workbench.faults().detail(fault.id()).fault().status()).isEqualTo(FaultStatus.REPORTED);
        assertThat(workbench.faults().detail(fault.id()).journal()).hasSize(1);
    }

    @Test
    void assigningAReportedFaultMakesItAssignedAndSaysToWhom() {
        Fault fault = workbench.faults().report(report(Impact.HIGH, Urgency.HIGH, null, null));

        Fault assigned = workbench.faults().assign(fault.id(), workbench.technicians().currentId());

        assertThat(assigned.status()).isEqualTo(FaultStatus.ASSIGNED);
        assertThat(workbench.faults().detail(fault.id()).journal()).extracting(FaultEvent::kind, FaultEvent::body)
                .contains(org.assertj.core.groups.Tuple.tuple(FaultEventKind.ASSIGNMENT, "Assigned to tester"));
        assertThat(workbench.faults().detail(fault.id()).assigneeName()).isEqualTo("tester");
    }

    @Test
    void resolvingNeedsTheWholeSummaryAndClosingARating() {
        Fault fault = workbench.faults().report(report(Impact.HIGH, Urgency.HIGH, null, null));
        workbench.faults().move(fault.id(), FaultStatus.IN_PROGRESS, null);

        assertThatThrownBy(() -> workbench.faults().resolve(fault.id(),
                new ResolutionSummary("Failed PSU", "Replaced the PSU", "", "Spare PSU on site")))
                .hasMessageStartingWith("Fill in all four parts of the summary");
        workbench.faults().resolve(fault.id(), new ResolutionSummary("Failed PSU", "Replaced the PSU",
                "Check PSU age at each visit", "Spare PSU on site"));
        assertThatThrownBy(() -> workbench.faults().close(fault.id(), 6, null, null)).hasMessage("A rating is 1 to 5, not 6.");
        assertThatThrownBy(() -> workbench.faults().close(fault.id(), null, null, " ")).isInstanceOf(RefusedException.class);

        Fault closed = workbench.faults().close(fault.id(), 5, "Fast and tidy", null);

        assertThat(closed.status()).isEqualTo(FaultStatus.CLOSED);
        assertThat(closed.satisfaction()).isEqualTo(5);
        assertThat(closed.rootCause()).isEqualTo("Failed PSU");
        assertThat(workbench.faults().detail(fault.id()).journal()).extracting(FaultEvent::body)
                .containsSubsequence("REPORTED", "IN_PROGRESS", "RESOLVED: Replaced the PSU", "CLOSED: rated 5/5");
    }

    @Test
    void aFaultClosedWithoutARatingKeepsTheReason() {
        Fault fault = workbench.faults().report(report(Impact.HIGH, Urgency.HIGH, null, null));
        workbench.faults().move(fault.id(), FaultStatus.IN_PROGRESS, null);
        workbench.faults().resolve(fault.id(), new ResolutionSummary("a", "b", "c", "d"));

        Fault closed = workbench.faults().close(fault.id(), null, null, "User on leave, manager confirmed");

        assertThat(closed.satisfaction()).isNull();
        assertThat(closed.satisfactionComment()).isEqualTo("User on leave, manager confirmed");
    }

    @Test
    void timeOnHoldIsTakenOffTheResolutionClock() {
        Fault fault = workbench.faults().report(report(Impact.HIGH, Urgency.HIGH, null, null));
        workbench.faults().move(fault.id(), FaultStatus.IN_PROGRESS, null);
        clock.advance(Duration.ofMinutes(30));
        workbench.faults().hold(fault.id(), Waiting.VENDOR, "the PSU is on its way");
        clock.advance(Duration.ofHours(5));
        workbench.faults().move(fault.id(), FaultStatus.IN_PROGRESS, null);

        var sla = workbench.faults().detail(fault.id()).sla();

        assertThat(sla.paused()).isEqualTo(Duration.ofHours(5));
        assertThat(sla.waitedOnVendor()).isEqualTo(Duration.ofHours(5));
        assertThat(sla.waitedOnCustomer()).isEqualTo(Duration.ZERO);
        assertThat(sla.resolutionDue()).isEqualTo(Instant.parse("2026-12-04T10:00:00Z"));
        assertThat(sla.standing()).isEqualTo(SlaStanding.ON_TRACK);
        assertThat(workbench.faults().sla(workbench.faults().list(FaultFilter.open(10))).get(fault.id())).isEqualTo(sla);
    }

    @Test
    void theListFiltersByStatusAndPriority() {
        Fault urgent = workbench.faults().report(report(Impact.HIGH, Urgency.HIGH, null, null));
        workbench.faults().report(report(Impact.LOW, Urgency.LOW, null, null));

        assertThat(workbench.faults().list(new FaultFilter(Set.of(FaultStatus.REPORTED), Set.of(Priority.P1), null, null, null, 50)))
                .extracting(Fault::id).containsExactly(urgent.id());
    }

    @Test
    void waitingOnTheCustomerAndOnAVendorAreKeptApart() {
        Fault fault = workbench.faults().report(report(Impact.HIGH, Urgency.HIGH, null, null));
        workbench.faults().move(fault.id(), FaultStatus.IN_PROGRESS, null);
        workbench.faults().hold(fault.id(), Waiting.CUSTOMER, "the user is out until 14:00");
        clock.advance(Duration.ofMinutes(40));
        workbench.faults().move(fault.id(), FaultStatus.IN_PROGRESS, null);
        workbench.faults().hold(fault.id(), Waiting.VENDOR, "RMA for the disk");
        clock.advance(Duration.ofMinutes(90));

        var sla = workbench.faults().detail(fault.id()).sla();

        assertThat(sla.waitedOnCustomer()).isEqualTo(Duration.ofMinutes(40));
        assertThat(sla.waitedOnVendor()).isEqualTo(Duration.ofMinutes(90));
        assertThat(sla.paused()).isEqualTo(Duration.ofMinutes(130));
    }

    @Test
    void aHoldWithoutWhatItWaitsForIsRefused() {
        Fault fault = workbench.faults().report(report(Impact.HIGH, Urgency.HIGH, null, null));
        workbench.faults().move(fault.id(), FaultStatus.IN_PROGRESS, null);

        assertThatThrownBy(() -> workbench.faults().hold(fault.id(), Waiting.CUSTOMER, " "))
                .hasMessage("Say what the fault is waiting for: the customer or a vendor, and what.");
        assertThat(workbench.faults().detail(fault.id()).fault().status()).isEqualTo(FaultStatus.IN_PROGRESS);
    }

    @Test
    void anIllegalMoveIsRefusedInChineseWithTheStatusesInChinese() {
        Workbench chinese = Workbench.open(new DataFolder(folder.resolve("zh")), clock, "tester", backups -> { },
                () -> java.util.Locale.SIMPLIFIED_CHINESE);
        try (chinese) {
            Site north = chinese.sites().save(new Site(null, "N1", "North plant", "", ZoneId.of("Asia/Shanghai"), "", null,
                    null, false));
            Fault fault = chinese.faults().report(new FaultReport(north.id(), null, FaultSubcategory.POWER, "无法开机", null,
                    null, "李娜", null, null, Impact.LOW, Urgency.LOW, null, null, null));

            assertThatThrownBy(() -> chinese.faults().hold(fault.id(), Waiting.VENDOR, "电源"))
                    .hasMessage("故障 " + fault.number() + " 当前为 已报告：不能从该状态转为 等待中。");
        }
    }

    @Test
    void dispatchSuggestsASkilledTechnicianAndWeighsTheFaultsTheyHold() {
        workbench = team();
        Fault first = workbench.faults().report(report(Impact.HIGH, Urgency.HIGH, null, null));

        DispatchCandidate best = workbench.faults().candidates(first.id()).getFirst();
        assertThat(best.skilled()).isTrue();
        assertThat(best.technician().skills()).contains(FaultCategory.HARDWARE);
        assertThat(best.openFaults()).isZero();
        workbench.faults().assign(first.id(), best.technician().id());
        Fault second = workbench.faults().report(report(Impact.HIGH, Urgency.HIGH, null, null));

        assertThat(workbench.faults().candidates(second.id())).filteredOn(c -> c.technician().equals(best.technician()))
                .singleElement().extracting(DispatchCandidate::openFaults).isEqualTo(1);
    }

    @Test
    void reassigningJournalsFromWhomToWhom() {
        workbench = team();
        Fault fault = workbench.faults().report(report(Impact.HIGH, Urgency.HIGH, null, null));
        var team = workbench.faults().candidates(fault.id());
        workbench.faults().assign(fault.id(), team.get(0).technician().id());
        workbench.faults().assign(fault.id(), team.get(1).technician().id());

        assertThat(workbench.faults().detail(fault.id()).journal()).filteredOn(e -> e.kind() == FaultEventKind.ASSIGNMENT)
                .extracting(FaultEvent::body).containsExactly("Assigned to " + team.get(0).technician().name(),
                        "Reassigned from " + team.get(0).technician().name() + " to " + team.get(1).technician().name());
        assertThat(workbench.faults().detail(fault.id()).fault().assigneeId()).isEqualTo(team.get(1).technician().id());
    }

    @Test
    void usersAffectedAreKeptAndANegativeCountIsRefused() {
        Fault fault = workbench.faults().report(report(Impact.HIGH, Urgency.HIGH, null, null));
        assertThat(workbench.faults().detail(fault.id()).fault().usersAffected()).isEqualTo(40);

        FaultReport negative = new FaultReport(site.id(), null, FaultSubcategory.POWER, "Server down", null, null, "Li Na",
                null, null, Impact.LOW, Urgency.LOW, null, null, -3);
        assertThatThrownBy(() -> workbench.faults().report(negative))
                .hasMessage("The number of users affected cannot be -3: give 0 or more, or leave it empty.");
    }

    @Test
    void theDashboardCountsOpenFaultsNearAndPastTheirTargets() {
        Fault urgent = workbench.faults().report(report(Impact.HIGH, Urgency.HIGH, null, null));
        clock.advance(Duration.ofMinutes(105));
        workbench.faults().report(report(Impact.MEDIUM, Urgency.MEDIUM, null, null));
        clock.advance(Duration.ofMinutes(195));

        assertThat(workbench.faults().slaCounts()).isEqualTo(new org.techbench.domain.fault.SlaCounts(1, 1));
        assertThat(workbench.faults().detail(urgent.id()).sla().standing()).isEqualTo(SlaStanding.BREACHED);
    }

    /** A store of its own with the demo team (technicians with skills) and one site, instead of the plain one. */
    private Workbench team() {
        workbench.close();
        Workbench team = Workbench.open(new DataFolder(folder.resolve("team")), clock, "tester");
        team.demoData().create(new DemoDataOptions(1, 0, 0, 7, java.time.LocalDate.of(2026, 12, 4)),
                team.technicians().currentId(), org.techbench.service.Progress.NONE);
        site = team.sites().active().getFirst();
        return team;
    }

    private FaultReport report(Impact impact, Urgency urgency, Priority priority, String reason) {
        return new FaultReport(site.id(), null, FaultSubcategory.POWER, "Server does not power on", null, "Rack 2",
                "Li Na", "+86 10 1234", "Mail is down for the plant", impact, urgency, priority, reason, 40);
    }
}
