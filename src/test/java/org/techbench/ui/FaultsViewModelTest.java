package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.fault.DiagnosticTool;
import org.techbench.domain.fault.FaultEventKind;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.fault.Impact;
import org.techbench.domain.fault.Priority;
import org.techbench.domain.fault.SlaStanding;
import org.techbench.domain.fault.Urgency;
import org.techbench.domain.site.Site;
import org.techbench.i18n.Texts;
import org.techbench.service.Workbench;
import org.techbench.service.fault.FaultReport;
import org.techbench.store.DataFolder;
import org.techbench.ui.common.Background;
import org.techbench.sync.hub.MovableClock;
import org.techbench.ui.faults.FaultScope;
import org.techbench.ui.faults.SlaFilter;
import org.techbench.ui.faults.FaultsViewModel;

/**
 * The Faults screen's state on a real store: what it lists and by which filters (saved ones too),
 * a fault worked from report to resolved, files on journal entries, and a tool run from the screen.
 */
class FaultsViewModelTest {

    @TempDir
    Path folder;
    Workbench workbench;
    Background background;
    FaultsViewModel faults;
    Site site;

    MovableClock clock = new MovableClock(Instant.parse("2026-12-04T01:00:00Z"));
    FakeDialogs dialogs = new FakeDialogs();
    Map<String, String> savedFilters = new HashMap<>();

    @BeforeEach
    void openTheScreen() throws Exception {
        workbench = Workbench.open(new DataFolder(folder.resolve("store")), clock, "tester");
        site = workbench.sites().save(new Site(null, "N1", "North plant", "", ZoneId.of("Asia/Shanghai"), "", null, null,
                false));
        background = new Background(Runnable::run);
        faults = screen(Map.of());
        faults.activate();
    }

    private FaultsViewModel screen(Map<String, String> saved) {
        return new FaultsViewModel(workbench.faults(), workbench.faultTools(), workbench.attachments(),
                workbench.technicians(), workbench.sites(), workbench.changes(), background, dialogs,
                Texts.window(Locale.ENGLISH), saved, savedFilters::putAll);
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
                Impact.LOW, Urgency.LOW, null, null, null), id -> { }, refused::set);

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
        faults.addEntry(FaultEventKind.TEST, "PSU tester: 12 V rail at 10.9 V", List.of(), () -> { });
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

    @Test
    void theNearOrPastSlaFilterListsOnlyFaultsAtRisk() throws Exception {
        var urgent = workbench.faults().report(report(Impact.HIGH, Urgency.HIGH));
        workbench.faults().report(report(Impact.LOW, Urgency.LOW));
        Await.until(() -> faults.rows().size() == 2);
        clock.advance(Duration.ofHours(5));

        faults.sla().set(SlaFilter.AT_RISK);

        // The reload after the first report also shows one row; wait for the filtered one.
        Await.until(() -> faults.rows().size() == 1 && faults.rows().getFirst().sla().standing() != SlaStanding.ON_TRACK);
        assertThat(faults.rows().getFirst().fault().id()).isEqualTo(urgent.id());
        assertThat(faults.rows().getFirst().sla().standing()).isEqualTo(SlaStanding.BREACHED);
    }

    @Test
    void aSavedFilterIsKeptByNameAndShowsTheSameFaultsInTheNextSession() throws Exception {
        workbench.faults().report(report(Impact.HIGH, Urgency.HIGH));
        workbench.faults().report(report(Impact.LOW, Urgency.LOW));
        faults.priority().set(Priority.P4);
        Await.until(() -> faults.rows().size() == 1);
        faults.saveFilter("Quiet ones");

        assertThat(savedFilters).containsEntry("Quiet ones", "scope=OPEN;priority=P4");
        FaultsViewModel next = screen(savedFilters);
        next.activate();
        Await.until(() -> next.rows().size() == 2);
        next.applySaved("Quiet ones");
        Await.until(() -> next.rows().size() == 1);
        assertThat(next.rows().getFirst().fault().priority()).isEqualTo(Priority.P4);
        next.deactivate();
    }

    @Test
    void aFileAttachedToAJournalEntryIsListedWithThatEntry() throws Exception {
        var fault = workbench.faults().report(report(Impact.MEDIUM, Urgency.MEDIUM));
        faults.show(fault.id());
        Await.until(() -> faults.detail().get() != null);
        dialogs.file = Files.writeString(folder.resolve("psu-label.txt"), "PSU 750 W, model DPS-750");
        AtomicReference<List<Path>> chosen = new AtomicReference<>();
        faults.chooseFiles(chosen::set);

        faults.addEntry(FaultEventKind.OBSERVATION, "Label of the failed PSU", chosen.get(), () -> { });

        Await.until(() -> faults.detail().get().journal().size() == 2);
        var entry = faults.detail().get().journal().getLast();
        assertThat(faults.detail().get().attachments().get(entry.id())).extracting(a -> a.fileName())
                .containsExactly("psu-label.txt");
    }

    @Test
    void aPortCheckRunFromTheScreenLeavesItsOutputInTheJournal() throws Exception {
        var fault = workbench.faults().report(report(Impact.MEDIUM, Urgency.MEDIUM));
        faults.show(fault.id());
        Await.until(() -> faults.detail().get() != null);
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            faults.runTool(DiagnosticTool.TCP_PORT, "127.0.0.1", Integer.toString(listening.getLocalPort()));
        }

        Await.until(() -> faults.detail().get().journal().size() == 2);
        assertThat(faults.detail().get().journal().getLast().kind()).isEqualTo(FaultEventKind.TOOL_OUTPUT);
        assertThat(faults.detail().get().journal().getLast().body()).startsWith("TCP_PORT 127.0.0.1 port ")
                .contains(": open, connected in");
        assertThat(dialogs.toasts).containsExactly("TCP port finished; its output is in the journal.");
    }

    @Test
    void aPortThatIsNotANumberIsRefusedBeforeAnythingRuns() throws Exception {
        var fault = workbench.faults().report(report(Impact.MEDIUM, Urgency.MEDIUM));
        faults.show(fault.id());
        Await.until(() -> faults.detail().get() != null);

        faults.runTool(DiagnosticTool.TCP_PORT, "127.0.0.1", "https");

        assertThat(faults.problem().get()).isEqualTo("A port is a number from 1 to 65535, not \u201chttps\u201d.");
        assertThat(dialogs.toasts).isEmpty();
    }

    private FaultReport report(Impact impact, Urgency urgency) {
        return new FaultReport(site.id(), null, FaultSubcategory.POWER, "Server does not power on", null, "Rack 2", "Li Na",
                null, null, impact, urgency, null, null, null);
    }
}
