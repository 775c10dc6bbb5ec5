package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.domain.asset.ComponentKind;
import org.techbench.domain.asset.InstalledSoftware;
import org.techbench.domain.site.SiteContact;
import org.techbench.i18n.Texts;
import org.techbench.service.Progress;
import org.techbench.service.Workbench;
import org.techbench.service.demo.DemoDataOptions;
import org.techbench.store.DataFolder;
import org.techbench.ui.assets.AssetDetailViewModel;
import org.techbench.ui.assets.AssetExportViewModel;
import org.techbench.ui.assets.PartFormModel;
import org.techbench.ui.assets.SoftwareFormModel;
import org.techbench.ui.common.Background;
import org.techbench.ui.sites.ContactFormModel;
import org.techbench.ui.sites.ContractFormModel;
import org.techbench.ui.sites.SitesViewModel;

/** The small forms' view models and the dialogs they ask for, on a real store, without the toolkit. */
class FormViewModelsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path folder;
    Workbench workbench;
    ExecutorService uiThread;
    Background background;
    final FakeDialogs dialogs = new FakeDialogs();
    final Texts messages = Texts.window(Locale.ENGLISH);
    UUID asset;

    @BeforeEach
    void open() {
        workbench = Workbench.open(new DataFolder(folder), Clock.systemDefaultZone(), "tester");
        workbench.demoData().create(new DemoDataOptions(2, 20, 0, 3, TODAY), workbench.technicians().currentId(),
                Progress.NONE);
        asset = workbench.assets().match(AssetFilter.all()).getFirst();
        uiThread = Executors.newSingleThreadExecutor();
        background = new Background(uiThread);
    }

    @AfterEach
    void close() {
        background.close();
        uiThread.shutdownNow();
        workbench.close();
    }

    private AssetDetailViewModel assetShown() throws Exception {
        var model = new AssetDetailViewModel(workbench.assets(), workbench.maintenance(), workbench.changes(), background, dialogs, messages, () -> { });
        uiThread.submit(() -> model.show(asset)).get();
        Await.until(() -> model.detail().get() != null);
        return model;
    }

    @Test
    void aFittedPartIsSavedAndClosesTheForm() throws Exception {
        var form = new PartFormModel(assetShown(), messages, null, TODAY);
        int before = workbench.assets().detail(asset).fitted().size();
        AtomicBoolean closed = new AtomicBoolean();
        uiThread.submit(() -> {
            form.kind().set(ComponentKind.MEMORY);
            form.serial().set("M-1234");
            form.capacity().set("32 GB");
            form.submit(() -> closed.set(true));
        }).get();

        Await.until(closed::get);
        assertThat(workbench.assets().detail(asset).fitted()).hasSize(before + 1)
                .anySatisfy(part -> assertThat(part.serial()).isEqualTo("M-1234"));
    }

    @Test
    void aPartWithAnUnreadableCapacityStaysOpenWithTheReason() throws Exception {
        var form = new PartFormModel(assetShown(), messages, null, TODAY);
        AtomicBoolean closed = new AtomicBoolean();
        uiThread.submit(() -> {
            form.capacity().set("lots");
            form.submit(() -> closed.set(true));
        }).get();

        Await.until(() -> !form.problem().get().isEmpty());
        assertThat(form.problem().get()).isEqualTo("Capacity: lots is not a capacity (a number and a unit, such as 960 GB)");
        assertThat(closed).isFalse();
    }

    @Test
    void softwareWithoutANameIsRefusedAtTheNameField() throws Exception {
        var form = new SoftwareFormModel(assetShown(), messages, TODAY);
        uiThread.submit(() -> form.submit(() -> { })).get();

        Await.until(() -> !form.problem().get().isEmpty());
        assertThat(form.problem().get()).isEqualTo("Name: required");
    }

    @Test
    void removingSoftwareAsksFirstAndKeepsItWhenTheTechnicianSaysNo() throws Exception {
        var shown = assetShown();
        InstalledSoftware office = workbench.assets().addSoftware(asset,
                new InstalledSoftware(null, null, null, "WPS Office", "12.1", null, TODAY, null));
        dialogs.confirms = false;

        uiThread.submit(() -> shown.removeSoftware(office)).get();
        Await.until(background::idle);

        assertThat(dialogs.questions).containsExactly("Take WPS Office off this asset's list of installed software?");
        assertThat(workbench.assets().detail(asset).software()).extracting(InstalledSoftware::name).contains("WPS Office");
    }

    @Test
    void aContactNeedsANameBeforeAnythingIsSaved() throws Exception {
        var sites = new SitesViewModel(workbench.sites(), workbench.changes(), background, dialogs, messages, () -> { });
        UUID site = workbench.sites().all().getFirst().id();
        var form = new ContactFormModel(sites, messages, site, null);
        uiThread.submit(() -> form.submit(() -> { })).get();

        assertThat(form.problem().get()).isEqualTo("A contact needs a name.");
        assertThat(workbench.sites().contacts(site)).extracting(SiteContact::name).doesNotContain("");
    }

    @Test
    void aContactWithANameIsSaved() throws Exception {
        var sites = new SitesViewModel(workbench.sites(), workbench.changes(), background, dialogs, messages, () -> { });
        UUID site = workbench.sites().all().getFirst().id();
        var form = new ContactFormModel(sites, messages, site, null);
        AtomicBoolean closed = new AtomicBoolean();
        uiThread.submit(() -> {
            form.name().set("Wang Fang 王芳");
            form.phone().set("+86 21 5555 0101");
            form.submit(() -> closed.set(true));
        }).get();

        Await.until(closed::get);
        assertThat(workbench.sites().contacts(site)).extracting(SiteContact::name).contains("Wang Fang 王芳");
    }

    @Test
    void aContractThatEndsBeforeItStartsIsRefused() throws Exception {
        var sites = new SitesViewModel(workbench.sites(), workbench.changes(), background, dialogs, messages, () -> { });
        UUID site = workbench.sites().all().getFirst().id();
        var form = new ContractFormModel(sites, messages, site, null, TODAY);
        uiThread.submit(() -> {
            form.number().set("C-2027-01");
            form.endsOn().set(TODAY.minusDays(1));
            form.submit(() -> { });
        }).get();

        assertThat(form.problem().get()).isEqualTo("The contract must end on or after the day it starts.");
    }

    @Test
    void exportAsksWhereWritesTheFileAndSaysHowManyWentOut() throws Exception {
        Path file = folder.resolve("out").resolve("assets.csv");
        Files.createDirectories(file.getParent());
        dialogs.file = file;
        var export = new AssetExportViewModel(workbench.assetExport(), workbench.assets(), dialogs, messages);

        export.export(AssetFilter.all());

        assertThat(dialogs.toasts).containsExactly("Exported 20 assets to " + file.toAbsolutePath() + ".");
        assertThat(Files.readAllLines(file).stream().filter(line -> line.startsWith("asset,"))).hasSize(20);
    }
}
