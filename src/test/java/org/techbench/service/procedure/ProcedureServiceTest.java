package org.techbench.service.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.ComponentKind;
import org.techbench.domain.asset.InstalledSoftware;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultEvent;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.fault.Impact;
import org.techbench.domain.fault.Urgency;
import org.techbench.domain.procedure.RunEffect;
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
        workbench.procedures().answer(run.id(), "Office 2024", null);
        workbench.procedures().answer(run.id(), "16.0.17", null);
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
    void aFinishedUpdateSetsTheNewVersionOfTheAssetsSoftware() {
        Asset pc = desktop();
        workbench.assets().addSoftware(pc.id(), new InstalledSoftware(null, null, null, "Office 2024", "16.0.1", "Microsoft",
                LocalDate.of(2025, 1, 1), null));

        walk(workbench.procedures().start("SOFTWARE-UPDATE", pc.id(), null).run().id(),
                "office 2024", "16.0.17", "yes", "yes", "pass", "", "pass", "yes", "Li Na");

        assertThat(workbench.assets().detail(pc.id()).software()).extracting(InstalledSoftware::name, InstalledSoftware::version)
                .containsExactly(tuple("Office 2024", "16.0.17"));
    }

    @Test
    void aRolledBackUpdateLeavesTheSoftwareAsItWas() {
        Asset pc = desktop();
        workbench.assets().addSoftware(pc.id(), new InstalledSoftware(null, null, null, "Office 2024", "16.0.1", "Microsoft",
                LocalDate.of(2025, 1, 1), null));

        walk(workbench.procedures().start("SOFTWARE-UPDATE", pc.id(), null).run().id(),
                "Office 2024", "16.0.17", "yes", "yes", "pass", "", "fail", "", "Li Na");

        assertThat(workbench.assets().detail(pc.id()).software()).extracting(InstalledSoftware::version).containsExactly("16.0.1");
    }

    @Test
    void aFinishedInstallListsTheSoftwareAndAnUninstallTakesItOff() {
        Asset pc = desktop();
        walk(workbench.procedures().start("SOFTWARE-INSTALL", pc.id(), null).run().id(),
                "pass", "yes", "7-Zip", "24.09", "", "pass", "none", "Li Na");
        assertThat(workbench.assets().detail(pc.id()).software()).extracting(InstalledSoftware::name, InstalledSoftware::version)
                .containsExactly(tuple("7-Zip", "24.09"));

        walk(workbench.procedures().start("SOFTWARE-UNINSTALL", pc.id(), null).run().id(),
                "7-Zip", "", "remove", "yes", "pass", "Li Na");

        assertThat(workbench.assets().detail(pc.id()).software()).isEmpty();
    }

    @Test
    void aReplacedPartIsTakenOutAndTheNewOneFittedOnTheDay() {
        Asset pc = desktop();
        workbench.assets().addComponent(pc.id(), new Component(null, null, null, ComponentKind.PSU, "Delta", "300W", "OLD-1",
                null, LocalDate.of(2022, 3, 1), null));

        walk(workbench.procedures().start("PART-REPLACEMENT", pc.id(), null).run().id(),
                "PSU", "pass", "pass", "Seasonic 450W", "SS-99", "", "pass", "Li Na");

        var detail = workbench.assets().detail(pc.id());
        assertThat(detail.fitted()).extracting(Component::model, Component::serial, Component::fittedOn)
                .containsExactly(tuple("Seasonic 450W", "SS-99", LocalDate.of(2026, 12, 4)));
        assertThat(detail.removed()).extracting(Component::serial, Component::removedOn)
                .containsExactly(tuple("OLD-1", LocalDate.of(2026, 12, 4)));
    }

    @Test
    void aPhotoStepKeepsThePhotoWithTheStep() throws Exception {
        Asset pc = desktop();
        UUID run = workbench.procedures().start("PART-REPLACEMENT", pc.id(), null).run().id();
        for (String answer : new String[] {"FAN", "pass", "pass", "Arctic P12", ""}) {
            workbench.procedures().answer(run, answer, null);
        }
        Path photo = folder.resolve("fitted.jpg");
        java.nio.file.Files.write(photo, new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});

        workbench.procedures().answer(run, null, "fan seated", photo);

        RecordedStep kept = workbench.procedures().record(run, java.util.Locale.ENGLISH).steps().getLast();
        assertThat(kept.answer()).isEqualTo("fitted.jpg");
        assertThat(kept.files()).extracting(f -> f.fileName(), f -> f.mediaType()).containsExactly(tuple("fitted.jpg", "image/jpeg"));
    }

    @Test
    void aFinishedRunsRecordShowsEveryStepWithTheChoiceInWords() {
        Asset pc = desktop();
        UUID run = workbench.procedures().start("PART-REPLACEMENT", pc.id(), null).run().id();
        walk(run, "MEMORY", "pass", "pass", "Kingston 16 GB", "", "", "pass", "Li Na");

        RunRecord record = workbench.procedures().record(run, java.util.Locale.SIMPLIFIED_CHINESE);

        assertThat(record.steps()).hasSize(8);
        assertThat(record.steps().getFirst()).extracting(RecordedStep::question, RecordedStep::answer, RecordedStep::technician)
                .containsExactly("哪个部件？", "内存", "tester");
        assertThat(record.effect()).isEqualTo(new RunEffect.PartReplaced(ComponentKind.MEMORY, "Kingston 16 GB", null));
        assertThat(workbench.procedures().finished(pc.id(), null, 10)).extracting(l -> l.run().id()).containsExactly(run);
        assertThat(workbench.procedures().inProgress(null, null, 10)).isEmpty();
    }

    @Test
    void aTeamVersionReplacesTheBuiltInButARunStartedBeforeGoesOnWithItsOwnVersion() {
        var started = workbench.procedures().start("TROUBLESHOOT-POWER", null, fault.id()).run();
        ProcedureFile.Read added = workbench.procedures().add("power.yaml", """
                code: TROUBLESHOOT-POWER
                version: 1
                kind: TROUBLESHOOTING
                category: HARDWARE
                subcategory: POWER
                title: {en: "No power (team)", zh: "不通电（团队版）"}
                steps:
                  - id: plug
                    kind: check
                    text: {en: "Plugged in?", zh: "插好了吗？"}
                """);

        assertThat(added.definition().version()).isEqualTo(2);
        assertThat(workbench.procedures().catalog().find("TROUBLESHOOT-POWER").orElseThrow().title().en()).isEqualTo("No power (team)");
        assertThat(workbench.procedures().state(started.id()).walk().current().orElseThrow().id()).isEqualTo("ask");
        assertThat(workbench.procedures().start("TROUBLESHOOT-POWER", null, fault.id()).walk().current().orElseThrow().id())
                .isEqualTo("plug");
    }

    @Test
    void aTeamProcedureWithProblemsIsNotStored() {
        ProcedureFile.Read read = workbench.procedures().add("bad.yaml", "code: X\nversion: 1\nkind: NOPE\n");

        assertThat(read.valid()).isFalse();
        assertThat(workbench.procedures().catalog().find("X")).isEmpty();
    }

    private Asset desktop() {
        return workbench.assets().save(new Asset(null, fault.siteId(), "N1-PC-1", "Front desk PC", AssetKind.DESKTOP, "Dell",
                "OptiPlex", "DX1", null, null, null, AssetStatus.IN_SERVICE, LocalDate.of(2024, 1, 1), null, null, false));
    }

    private void walk(UUID run, String... answers) {
        for (String answer : answers) {
            workbench.procedures().answer(run, answer, null);
        }
        assertThat(workbench.procedures().state(run).run().status()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void aRunForNothingIsRefused() {
        assertThatThrownBy(() -> workbench.procedures().start("SOFTWARE-INSTALL", null, null))
                .isInstanceOf(RefusedException.class).hasMessage("A procedure runs for an asset or a fault: choose one.");
    }
}
