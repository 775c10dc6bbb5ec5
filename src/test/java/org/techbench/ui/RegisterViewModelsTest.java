package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.site.Site;
import org.techbench.i18n.Texts;
import org.techbench.service.Progress;
import org.techbench.service.Workbench;
import org.techbench.service.demo.DemoDataOptions;
import org.techbench.service.site.SiteProblem;
import org.techbench.store.DataFolder;
import org.techbench.ui.assets.AssetListViewModel;
import org.techbench.ui.assets.ImportViewModel;
import org.techbench.ui.common.Background;
import org.techbench.ui.sites.SitesViewModel;

/** The asset list's and the sites screen's view models, without the toolkit; one thread plays the UI thread. */
class RegisterViewModelsTest {

    @TempDir
    Path folder;
    Workbench workbench;
    ExecutorService uiThread;
    Background background;

    @BeforeEach
    void open() {
        workbench = Workbench.open(new DataFolder(folder), Clock.systemDefaultZone(), "tester");
        workbench.demoData().create(new DemoDataOptions(2, 120, 5, 9, LocalDate.now()), workbench.technicians().currentId(),
                Progress.NONE);
        uiThread = Executors.newSingleThreadExecutor();
        background = new Background(uiThread);
    }

    @AfterEach
    void close() {
        background.close();
        uiThread.shutdownNow();
        workbench.close();
    }

    @Test
    void assetListCountsMatchesAsTheTechnicianTypes() throws Exception {
        var model = new AssetListViewModel(workbench.assets(), workbench.sites(), workbench.changes(), background);
        uiThread.submit(model::activate).get();
        Await.until(() -> model.matches().get() == 120);
        uiThread.submit(() -> model.search().set("S002-")).get();
        Await.until(() -> model.matches().get() == 60);
        assertThat(model.total().get()).isEqualTo(120);
        Await.until(() -> uiThread.submit(() -> model.rowAt(0)).get() != null);
        assertThat(uiThread.submit(() -> model.rowAt(0).tag()).get()).startsWith("S002-");
    }

    @Test
    void aCancelledImportSaysItIsTakingBackWhatItWroteThenThatNothingWasImported() throws Exception {
        StringBuilder text = new StringBuilder("Site,Tag,Name,Kind\n");
        for (int i = 0; i < 30_000; i++) {
            text.append("S001,BULK-").append(i).append(",Desk ").append(i).append(",DESKTOP\n");
        }
        Path file = java.nio.file.Files.writeString(folder.resolve("bulk.csv"), text);
        var model = new ImportViewModel(workbench.assetImport(), background, file, List.of("S001", "S002"), () -> { });
        uiThread.submit(model::check).get();
        Await.until(() -> model.state().get() == ImportViewModel.State.CHECKED);
        uiThread.submit(model::importNow).get();
        Await.until(() -> model.progress().get() >= 0.2);

        assertThat(uiThread.submit(() -> {
            model.cancel();
            return model.state().get();
        }).get()).isEqualTo(ImportViewModel.State.CANCELLING);
        Await.until(() -> model.state().get() == ImportViewModel.State.CANCELLED);
        assertThat(workbench.assets().match(AssetFilter.all().withArchived(true))).hasSize(120);
    }

    @Test
    void selectingASiteFillsTheFormWithoutProblems() throws Exception {
        var model = new SitesViewModel(workbench.sites(), workbench.changes(), background, new FakeDialogs(), Texts.window(Locale.ENGLISH), () -> { });
        uiThread.submit(model::activate).get();
        Await.until(() -> model.list().size() == 2);
        uiThread.submit(() -> model.selected().set(model.list().get(1))).get();
        Await.until(background::idle);
        assertThat(uiThread.submit(() -> model.problems().isEmpty()).get()).isTrue();
        assertThat(uiThread.submit(() -> model.draft().code()).get()).isEqualTo("S002");
    }

    @Test
    void aCodeAnotherSiteHasIsShownAgainstTheCodeField() throws Exception {
        var model = new SitesViewModel(workbench.sites(), workbench.changes(), background, new FakeDialogs(), Texts.window(Locale.ENGLISH), () -> { });
        uiThread.submit(model::activate).get();
        Await.until(() -> model.list().size() == 2);
        uiThread.submit(() -> {
            model.startNew();
            model.code().set("S001");
            model.name().set("Copy of the first site");
        }).get();
        Await.until(() -> uiThread.submit(() -> model.problems().get("code")).get() != null);
        assertThat(uiThread.submit(() -> model.problems().get("code")).get()).isEqualTo(SiteProblem.Code.TAKEN);
        uiThread.submit(model::save).get();
        Await.until(background::idle);
        assertThat(workbench.sites().all()).extracting(Site::code).containsExactly("S001", "S002");
    }

    @Test
    void anOpenListShowsAnAssetSavedElsewhereWithoutBeingAsked() throws Exception {
        var model = new AssetListViewModel(workbench.assets(), workbench.sites(), workbench.changes(), background);
        uiThread.submit(model::activate).get();
        Await.until(() -> model.matches().get() == 120);

        workbench.assets().save(new Asset(null, workbench.sites().all().getFirst().id(), "S001-NEW-1", "Spare laptop",
                AssetKind.LAPTOP, "Lenovo", "T14", "SPARE1", null, null, null, AssetStatus.SPARE, null, null, null, false));

        Await.until(() -> model.matches().get() == 121);
    }

    @Test
    void aHiddenListNoLongerSearchesWhenAssetsChange() throws Exception {
        var model = new AssetListViewModel(workbench.assets(), workbench.sites(), workbench.changes(), background);
        uiThread.submit(model::activate).get();
        Await.until(() -> model.matches().get() == 120);
        uiThread.submit(model::deactivate).get();

        workbench.assets().save(new Asset(null, workbench.sites().all().getFirst().id(), "S001-NEW-2", "Spare laptop",
                AssetKind.LAPTOP, "Lenovo", "T14", "SPARE2", null, null, null, AssetStatus.SPARE, null, null, null, false));
        Await.until(background::idle);

        assertThat(model.matches().get()).isEqualTo(120);
    }

    @Test
    void tickingTwoStatusesShowsTheAssetsInEither() throws Exception {
        var model = new AssetListViewModel(workbench.assets(), workbench.sites(), workbench.changes(), background);
        uiThread.submit(model::activate).get();
        Await.until(() -> model.matches().get() == 120);
        long inRepairOrSpare = workbench.assets().match(AssetFilter.all()).stream()
                .map(id -> workbench.assets().detail(id).asset().status())
                .filter(status -> status == AssetStatus.IN_REPAIR || status == AssetStatus.SPARE).count();

        uiThread.submit(() -> model.statuses().addAll(List.of(AssetStatus.IN_REPAIR, AssetStatus.SPARE))).get();

        Await.until(() -> model.matches().get() == inRepairOrSpare);
        assertThat(inRepairOrSpare).isBetween(1L, 119L);
    }

    @Test
    void aSiteBeingEditedKeepsWhatWasTypedWhenSitesChangeElsewhere() throws Exception {
        var model = new SitesViewModel(workbench.sites(), workbench.changes(), background, new FakeDialogs(),
                Texts.window(Locale.ENGLISH), () -> { });
        uiThread.submit(model::activate).get();
        Await.until(() -> model.list().size() == 2);
        uiThread.submit(() -> model.selected().set(model.list().get(1))).get();
        Await.until(background::idle);
        uiThread.submit(() -> model.name().set("Typed but not saved")).get();

        Site first = workbench.sites().all().getFirst();
        workbench.sites().save(new Site(first.id(), first.code(), "Renamed on another screen", first.address(),
                first.timeZone(), first.contactName(), first.contactPhone(), first.contactEmail(), false));
        Await.until(() -> uiThread.submit(() -> model.list().getFirst().name()).get().equals("Renamed on another screen"));

        assertThat(uiThread.submit(() -> model.name().get()).get()).isEqualTo("Typed but not saved");
    }
}
