package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.AssetKind;
import org.techbench.service.Progress;
import org.techbench.service.Workbench;
import org.techbench.service.demo.DemoDataOptions;
import org.techbench.store.DataFolder;
import org.techbench.ui.common.Background;
import org.techbench.ui.dashboard.DashboardViewModel;
import org.techbench.ui.settings.SettingsViewModel;

/** View models run here without the JavaFX toolkit: results are handed back on the calling thread. */
class DashboardViewModelTest {

    @TempDir
    Path folder;

    @Test
    void dashboardCountsTheStoreWhenShown() throws Exception {
        try (Workbench workbench = Workbench.open(new DataFolder(folder), Clock.systemDefaultZone(), "tester");
             Background background = new Background(Runnable::run)) {
            workbench.demoData().create(new DemoDataOptions(2, 80, 10, 3, LocalDate.now()),
                    workbench.technicians().currentId(), Progress.NONE);
            var model = new DashboardViewModel(workbench.overview(), workbench.faults()::slaCounts, workbench.maintenance()::dueCounts, workbench.changes(), background);
            model.activate();
            await(() -> !model.loading().get());
            assertThat(model.figures().get().overview().assets()).isEqualTo(80);
            assertThat(model.figures().get().overview().assetsByKind().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(80);
            assertThat(model.figures().get().overview().assetsByKind()).containsKey(AssetKind.DESKTOP);
            assertThat(model.failure().get()).isNull();
        }
    }

    @Test
    void countingAgainWithNothingChangedDoesNotRedraw() throws Exception {
        try (Workbench workbench = Workbench.open(new DataFolder(folder), Clock.systemDefaultZone(), "tester");
             Background background = new Background(Runnable::run)) {
            workbench.demoData().create(new DemoDataOptions(2, 40, 5, 2, LocalDate.now()),
                    workbench.technicians().currentId(), Progress.NONE);
            var model = new DashboardViewModel(workbench.overview(), workbench.faults()::slaCounts, workbench.maintenance()::dueCounts, workbench.changes(), background);
            model.activate();
            await(() -> !model.loading().get());
            var redraws = new java.util.concurrent.atomic.AtomicInteger();
            model.figures().addListener((obs, old, figures) -> redraws.incrementAndGet());

            model.deactivate();
            model.activate();
            await(() -> !model.loading().get());

            assertThat(redraws).hasValue(0);
        }
    }

    @Test
    void emptyNameIsRefusedBeforeSaving() throws Exception {
        try (Workbench workbench = Workbench.open(new DataFolder(folder), Clock.systemDefaultZone(), "tester");
             Background background = new Background(Runnable::run)) {
            var model = new SettingsViewModel(workbench.technicians(), background, java.util.Locale.ENGLISH, false,
                    locale -> { }, dark -> { });
            model.name().set("   ");
            model.saveName();
            assertThat(model.nameState().get()).isEqualTo(SettingsViewModel.NameState.EMPTY);
            assertThat(workbench.technicians().current().name()).isEqualTo("tester");
        }
    }

    @Test
    void renamedTechnicianIsSavedAndRecordedAsAChange() throws Exception {
        try (Workbench workbench = Workbench.open(new DataFolder(folder), Clock.systemDefaultZone(), "tester");
             Background background = new Background(Runnable::run)) {
            var model = new SettingsViewModel(workbench.technicians(), background, java.util.Locale.ENGLISH, false,
                    locale -> { }, dark -> { });
            model.name().set("Chen Jing 陈静");
            model.saveName();
            await(() -> model.nameState().get() == SettingsViewModel.NameState.SAVED);
            assertThat(workbench.technicians().current().name()).isEqualTo("Chen Jing 陈静");
            assertThat(workbench.overview().pendingChanges()).isEqualTo(2);
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in time");
            }
            Thread.sleep(10);
        }
    }
}
