package org.techbench.service.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultEvent;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.fault.Impact;
import org.techbench.domain.fault.Urgency;
import org.techbench.domain.procedure.RunStatus;
import org.techbench.domain.site.Site;
import org.techbench.service.RefusedException;
import org.techbench.service.Workbench;
import org.techbench.service.fault.FaultReport;
import org.techbench.store.DataFolder;
import org.techbench.sync.hub.MovableClock;

/** Procedure runs on a real store: saved after every step, resumed after a restart, refused answers not saved. */
class ProcedureServiceTest {

    @TempDir
    Path folder;
    MovableClock clock = new MovableClock(Instant.parse("2026-12-04T01:00:00Z"));
    Workbench workbench;
    Fault fault;

    @BeforeEach
    void aFault() {
        workbench = Workbench.open(new DataFolder(folder), clock, "tester");
        Site site = workbench.sites().save(new Site(null, "N1", "North plant", "", ZoneId.of("Asia/Shanghai"), "", null,
                null, false));
        fault = workbench.faults().report(new FaultReport(site.id(), null, FaultSubcategory.POWER, "PC dead", null, null,
                "Li Na", null, null, Impact.MEDIUM, Urgency.MEDIUM, null, null, null));
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void aRunResumesAfterARestartAtTheStepItStoodAt() {
        var run = workbench.procedures().start("TROUBLESHOOT-POWER", null, fault.id()).run();
        workbench.procedures().answer(run.id(), "", null);
        workbench.procedures().answer(run.id(), "pass", "cable fine");
        workbench.close();

        workbench = Workbench.open(new DataFolder(folder), clock, "tester");
        RunState resumed = workbench.procedures().state(run.id());

        assertThat(resumed.walk().current().orElseThrow().id()).isEqualTo("voltage");
        assertThat(resumed.walk().answered()).isEqualTo(2);
    }

    @Test
    void eachStepOfARunForAFaultGoesIntoItsJournal() {
        var run = workbench.procedures().start("TROUBLESHOOT-POWER", null, fault.id()).run();
        workbench.procedures().answer(run.id(), "", null);
        workbench.procedures().answer(run.id(), "fail", "plug cracked");

        assertThat(workbench.faults().detail(fault.id()).journal()).extracting(FaultEvent::body).contains(
                "TROUBLESHOOT-POWER · Power cable firmly connected at both ends, outlet live?: fail (plug cracked)");
    }

    @Test
    void aReadingOutOfRangeIsRefusedWithTheRangeAndNothingIsSaved() {
        var run = workbench.procedures().start("TROUBLESHOOT-COOLING", null, fault.id()).run();
        workbench.procedures().answer(run.id(), "60", null);
        workbench.procedures().answer(run.id(), "", null);
        RunState atSign = workbench.procedures().state(run.id());
        assertThat(atSign.walk().current().orElseThrow().id()).isEqualTo("sign");

        assertThatThrownBy(() -> workbench.procedures().answer(run.id(), " ", null)).isInstanceOf(RefusedException.class)
                .hasMessage("This step needs an answer.");
        assertThat(workbench.procedures().state(run.id()).walk().answered()).isEqualTo(2);
    }

    @Test
    void theUpdateWaitsForItsBackupAndTheRunCompletesOnceItPassed() {
        var run = workbench.procedures().start("SOFTWARE-UPDATE", null, fault.id()).run();
        workbench.procedures().answer(run.id(), "Office 2024 16.0.17", null);
        workbench.procedures().answer(run.id(), "yes", null);
        workbench.procedures().answer(run.id(), "yes", null);
        workbench.procedures().answer(run.id(), "fail", "no backup target");
        assertThat(workbench.procedures().state(run.id()).walk().current().orElseThrow().id()).isEqualTo("make-backup");
        workbench.procedures().answer(run.id(), "", null);
        workbench.procedures().answer(run.id(), "pass", null);
        for (String answer : new String[] {"", "pass", "yes"}) {
            workbench.procedures().answer(run.id(), answer, null);
        }

        RunState done = workbench.procedures().answer(run.id(), "Li Na", null);

        assertThat(done.walk().finished()).isTrue();
        assertThat(workbench.procedures().state(run.id()).run().status()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void goingBackIsRecordedAndTheRunResumesWithoutTheAnswerTakenBack() {
        var run = workbench.procedures().start("TROUBLESHOOT-POWER", null, fault.id()).run();
        workbench.procedures().answer(run.id(), "", null);
        workbench.procedures().answer(run.id(), "fail", null);

        workbench.procedures().back(run.id());

        RunState state = workbench.procedures().state(run.id());
        assertThat(state.walk().current().orElseThrow().id()).isEqualTo("cable");
        assertThat(state.walk().answered()).isEqualTo(1);
    }

    @Test
    void aRunForNothingIsRefused() {
        assertThatThrownBy(() -> workbench.procedures().start("SOFTWARE-INSTALL", null, null))
                .isInstanceOf(RefusedException.class).hasMessage("A procedure runs for an asset or a fault: choose one.");
    }
}
