package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.fault.FaultEventKind;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.fault.Impact;
import org.techbench.domain.fault.Priority;
import org.techbench.domain.fault.SlaStanding;
import org.techbench.domain.fault.Urgency;
import org.techbench.domain.site.Site;
import org.techbench.service.Workbench;
import org.techbench.service.fault.FaultReport;
import org.techbench.store.DataFolder;
import org.techbench.ui.common.Background;
import org.techbench.ui.faults.FaultScope;
import org.techbench.ui.faults.FaultsViewModel;

/** The Faults screen's state on a real store: what it lists, and a fault worked from report to resolved. */
class FaultsViewModelTest {

    @TempDir
    Path folder;
    Workbench workbench;
    Background background;
    FaultsViewModel faults;
    Site site;

    @BeforeEach
    void openTheScreen() throws Exception {
        workbench = Workbench.open(new DataFolder(folder), Clock.systemDefaultZone(), "tester");
        site = workbench.sites().save(new Site(null, "N1", "North plant", "", ZoneId.of("Asia/Shanghai"), "", null, null,
                false));
        background = new Background(Runnable::run);
        faults = new FaultsViewModel(workbench.faults(), workbench.technicians(), workbench.sites(), workbench.changes(),
                background);
        faults.activate();
    }

    @AfterEach
    void close() throws Exception {
        faults.deactivate();
        background.close();
        workbench.close();
    }

    @Test
    void aReportedFaultIsListedOnTrackAndOpensWithItsJournal() throws Exception {
        AtomicReference<java.util.UUID> reported = new AtomicReference<>();
        faults.report(report(Impact.HIGH, Urgency.HIGH), reported::set, problem -> { });
        Await.until(() -> reported.get() != null && faults.rows().size() == 1);

        assertThat(faults.rows().getFirst().fault().priority()).isEqualTo(Priority.P1);
        assertThat(faults.rows().getFirst().sla().standing()).isEqualTo(SlaStanding.ON_TRACK);
        faults.show(reported.get());
        Await.until(() -> faults.detail().get() != null);
        assertThat(faults.detail().get().journal()).hasSize(1);
    }

    @Test
    void aRefusedReportSaysWhyAndListsNothing() throws Exception {
        AtomicReference<String> refused = new AtomicReference<>();
        faults.report(new FaultReport(site.id(), null, FaultSubcategory.POWER, "UPS beeping", null, null, " ", null, null,
                Impact.LOW, Urgency.LOW, null, null), id -> { }, refused::set);

        Await.until(() -> refused.get() != null);
        assertThat(refused.get()).isEqualTo("Name who reported the fault.");
        assertThat(faults.rows()).isEmpty();
    }

    @Test
    void workingAFaultShowsEachStepAndAnIllegalOneIsRefusedWithTheFaultUnchanged() throws Exception {
        var fault = workbench.faults().report(report(Impact.MEDIUM, Urgency.MEDIUM));
        faults.show(fault.id());
        Await.until(() -> faults.detail().get() != null);

        faults.assignToMe();
        Await.until(() -> faults.detail().get().fault().status() == FaultStatus.ASSIGNED);
        faults.addEntry(FaultEventKind.TEST, "PSU tester: 12 V rail at 10.9 V", () -> { });
        Await.until(() -> faults.detail().get().journal().stream().anyMatch(e -> e.kind() == FaultEventKind.TEST));
        faults.move(FaultStatus.CLOSED, null);
        Await.until(() -> !faults.problem().get().isEmpty());

        assertThat(faults.problem().get()).startsWith("Closing needs the user's satisfaction rating");
        assertThat(faults.detail().get().fault().status()).isEqualTo(FaultStatus.ASSIGNED);
    }

    @Test
    void theResolvedAndClosedScopeLeavesOpenFaultsOut() throws Exception {
        workbench.faults().report(report(Impact.LOW, Urgency.LOW));
        Await.until(() -> faults.rows().size() == 1);

        faults.scope().set(FaultScope.DONE);

        Await.until(() -> faults.rows().isEmpty());
    }

    private FaultReport report(Impact impact, Urgency urgency) {
        return new FaultReport(site.id(), null, FaultSubcategory.POWER, "Server does not power on", null, "Rack 2", "Li Na",
                null, null, impact, urgency, null, null);
    }
}
