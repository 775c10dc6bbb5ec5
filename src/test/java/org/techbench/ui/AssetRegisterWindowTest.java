package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.Component;
import org.techbench.domain.site.Site;
import org.techbench.i18n.Texts;
import org.techbench.service.PreferencesFile;
import org.techbench.service.Workbench;
import org.techbench.service.asset.ImportNotice;
import org.techbench.service.asset.ImportProblem;
import org.techbench.service.asset.ProblemCode;
import org.techbench.store.DataFolder;
import org.techbench.ui.assets.AssetsScreen;
import org.techbench.ui.common.Background;
import org.techbench.ui.common.DialogService;
import org.techbench.ui.common.JavaFxDialogService;
import org.techbench.ui.common.Navigator;
import org.techbench.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Drives the Assets screen (Monocle, headless) on a real store, as a technician would. */
class AssetRegisterWindowTest {

    @TempDir
    Path folder;
    @TempDir
    Path files;

    private final FxRobot robot = new FxRobot();
    private Workbench workbench;
    private Background background;
    private Path chosenFile;

    private PreferencesFile preferences;

    @BeforeEach
    void showTheAssetsScreen() throws Exception {
        workbench = Workbench.open(new DataFolder(folder), Clock.systemDefaultZone(), "tester");
        workbench.sites().save(new Site(null, "N1", "North plant", "1 River Road", ZoneId.of("Asia/Shanghai"),
                "Li Na", null, null, false));
        FxToolkit.registerPrimaryStage();
        background = new Background(Platform::runLater);
        preferences = new PreferencesFile(folder.resolve("settings.properties"));
        showAssetsScreenAsAtStartUp();
        waitFor(() -> text("#asset-count").equals("0 assets"));
    }

    /** The screen as the workbench opens it: hidden columns read from and written to the settings file. */
    private void showAssetsScreenAsAtStartUp() throws Exception {
        FxToolkit.setupStage(stage -> {
            Theme.apply(false);
            Navigator navigator = new Navigator();
            Texts messages = Texts.window(Locale.ENGLISH);
            DialogService dialogs = new ChosenFiles(new JavaFxDialogService(() -> stage, messages, background, uri -> { }),
                    () -> chosenFile);
            AssetsScreen screen = new AssetsScreen(workbench, background, messages, dialogs,
                    preferences.load().hiddenAssetColumns(),
                    hidden -> preferences.save(preferences.load().withHiddenAssetColumns(hidden)), () -> { }, navigator);
            navigator.attach(screen::open);
            Scene scene = new Scene(new javafx.scene.layout.StackPane(screen.node()), 1280, 800);
            scene.getStylesheets().add(Theme.class.getResource(Theme.STYLESHEET).toExternalForm());
            stage.setScene(scene);
            stage.show();
            screen.activate();
            stage.requestFocus();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        background.close();
        workbench.close();
    }

    @Test
    void createFindEditReplaceADiskAndArchive() throws Exception {
        robot.clickOn("#new-asset");
        waitFor(() -> robot.lookup("#asset-tag").tryQuery().isPresent());
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<AssetKind> kind = robot.lookup("#asset-kind").queryAs(ComboBox.class);
            kind.setValue(AssetKind.SERVER);
            field("#asset-tag").setText("N1-SRV-042");
            field("#asset-name").setText("File server 文件服务器");
            field("#asset-serial").setText("CZJ0042XYZ");
            field("#asset-ip-address").setText("10.0.0.300");
        });
        waitFor(() -> text("#problem-ip-address").contains("not an IPv4 or IPv6 address"));
        robot.interact(() -> field("#asset-ip-address").setText("10.0.0.42"));
        waitFor(() -> text("#problem-ip-address").isEmpty());
        robot.clickOn("#save-asset");
        waitFor(() -> robot.lookup("#asset-title").tryQuery().isPresent() && text("#asset-title").contains("N1-SRV-042"));

        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#asset-list").tryQuery().isPresent() && robot.lookup("#asset-list").query().isVisible());
        robot.interact(() -> field("#asset-search").setText("0042x"));
        waitFor(() -> text("#asset-count").equals("1 asset"));
        robot.interact(() -> robot.lookup("#asset-table").queryAs(TableView.class).getSelectionModel().select(0));
        robot.clickOn("#asset-table").type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#asset-title").tryQuery().isPresent() && text("#asset-title").contains("N1-SRV-042"));

        robot.clickOn("#asset-edit");
        waitFor(() -> robot.lookup("#asset-name").tryQuery().isPresent());
        robot.interact(() -> field("#asset-name").setText("Archive server"));
        robot.clickOn("#save-asset");
        waitFor(() -> text("#asset-title").contains("Archive server"));

        robot.clickOn("#tab-parts");
        robot.clickOn("#part-add");
        waitFor(() -> robot.lookup("#part-serial").tryQuery().isPresent());
        robot.interact(() -> {
            field("#part-serial").setText("ZA1OLD");
            field("#part-capacity").setText("4 TB");
        });
        robot.clickOn("#part-ok");
        waitFor(() -> robot.lookup("#asset-parts").queryAs(TableView.class).getItems().size() == 1);
        robot.interact(() -> robot.lookup("#asset-parts").queryAs(TableView.class).getSelectionModel().select(0));
        robot.clickOn("#part-replace");
        waitFor(() -> robot.lookup("#part-serial").tryQuery().isPresent());
        robot.interact(() -> {
            field("#part-serial").setText("ZR2NEW");
            field("#part-capacity").setText("18 TB");
        });
        robot.clickOn("#part-ok");
        waitFor(() -> robot.lookup("#asset-parts").queryAs(TableView.class).getItems().size() == 2);
        List<?> parts = robot.lookup("#asset-parts").queryAs(TableView.class).getItems();
        assertThat(parts).extracting(p -> ((Component) p).serial()).containsExactly("ZR2NEW", "ZA1OLD");
        assertThat(((Component) parts.get(1)).removedOn()).isEqualTo(LocalDate.now());

        robot.clickOn("#tab-history");
        List<?> timeline = robot.lookup("#asset-timeline").queryListView().getItems();
        assertThat(timeline).extracting(e -> ((org.techbench.domain.asset.TimelineEntry) e).kind().name())
                .startsWith("COMPONENT_REMOVED", "COMPONENT_FITTED");

        robot.clickOn("#asset-archive");
        waitFor(() -> robot.lookup("#asset-archive").queryButton().getText().equals("Restore"));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> text("#asset-count").startsWith("0"));
    }

    @Test
    void columnsHiddenInAnEarlierSessionStayHidden() throws Exception {
        TableView<?> table = robot.lookup("#asset-table").queryAs(TableView.class);
        assertThat(table.getColumns()).filteredOn(c -> !c.isVisible()).isEmpty();
        robot.interact(() -> table.getColumns().stream().filter(c -> "column-hostname".equals(c.getId()))
                .forEach(c -> c.setVisible(false)));

        FxToolkit.cleanupStages();
        showAssetsScreenAsAtStartUp();

        TableView<?> nextSession = robot.lookup("#asset-table").queryAs(TableView.class);
        assertThat(nextSession).isNotSameAs(table);
        assertThat(nextSession.getColumns()).filteredOn(c -> !c.isVisible()).extracting(c -> c.getId())
                .containsExactly("column-hostname");
    }

    @Test
    void importingAFileWithErrorsListsThemAndWritesNothing() throws Exception {
        chosenFile = files.resolve("assets.csv");
        Files.writeString(chosenFile, """
                Site,Tag,Name,Kind,IP address,Warranty ends on
                N1,N1-SW-1,Core switch,SWITCH,,2027-01-01
                N1,N1-PC-2,Desk PC,DESKTOP,,end of 2027
                N1,N1-PC-3,Good PC,DESKTOP,,2027-12-31
                """, StandardCharsets.UTF_8);
        robot.clickOn("#import-assets");
        waitFor(() -> robot.lookup("#import-problems").tryQuery().isPresent()
                && robot.lookup("#import-problems").queryAs(TableView.class).getItems().size() == 2);
        List<?> problems = robot.lookup("#import-problems").queryAs(TableView.class).getItems();
        assertThat(problems).extracting(p -> ((ImportProblem) p).row(), p -> ((ImportProblem) p).column())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "IP address"),
                        org.assertj.core.groups.Tuple.tuple(3, "Warranty ends on"));
        assertThat(robot.lookup("#import-run").queryButton().isDisabled()).isTrue();

        robot.clickOn("#import-all-or-nothing");
        waitFor(() -> !robot.lookup("#import-run").queryButton().isDisabled());
        robot.clickOn("#import-run");
        waitFor(() -> text("#import-summary").startsWith("Imported 1 new"));
        robot.clickOn("#import-close");
        waitFor(() -> text("#asset-count").equals("1 asset"));
    }

    @Test
    void anotherToolsExportIsImportedAndWhatWasAssumedIsListed() throws Exception {
        chosenFile = files.resolve("snipe.csv");
        Files.writeString(chosenFile, """
                Item Name,Category,Manufacturer,Serial Number,Asset Tag,Purchase Date,Company,Status
                Finance laptop,Laptops,Dell,SN-1,N1-NB-1,12/27/22,N1,Deployed
                """, StandardCharsets.UTF_8);
        robot.clickOn("#import-assets");
        waitFor(() -> robot.lookup("#import-notices").tryQuery().isPresent()
                && !robot.lookup("#import-notices").queryAs(TableView.class).getItems().isEmpty());
        List<?> notices = robot.lookup("#import-notices").queryAs(TableView.class).getItems();
        assertThat(notices).extracting(n -> ((ImportNotice) n).code(), n -> ((ImportNotice) n).value()).contains(
                org.assertj.core.groups.Tuple.tuple(ImportNotice.Code.PRESET, "snipe-it"),
                org.assertj.core.groups.Tuple.tuple(ImportNotice.Code.UNKNOWN_COLUMN, "Company"));
        assertThat(robot.lookup("#import-problems").queryAs(TableView.class).getItems())
                .extracting(p -> ((ImportProblem) p).code()).containsExactly(ProblemCode.MISSING_COLUMN);
        robot.clickOn("#import-close");
    }

    @Test
    void aSnipeItExportIsGivenItsSiteAndACategoryReadAsOursInTheMappingStepAndTheNextSuchFileNeedsNeither() throws Exception {
        String headers = "Item Name,Category,Manufacturer,Serial Number,Asset Tag,Purchase Date,Status\n";
        chosenFile = files.resolve("snipe.csv");
        Files.writeString(chosenFile, headers + "Finance laptop,Laptops,Dell,SN-1,N1-NB-1,12/27/22,Deployed\n"
                + "Lobby tablet,Tablets,Apple,SN-2,N1-TB-1,1/5/23,Deployed\n", StandardCharsets.UTF_8);
        robot.clickOn("#import-assets");
        waitFor(() -> robot.lookup("#import-problems").tryQuery().isPresent()
                && !robot.lookup("#import-problems").queryAs(TableView.class).getItems().isEmpty());
        assertThat(robot.lookup("#import-problems").queryAs(TableView.class).getItems())
                .extracting(p -> ((ImportProblem) p).code()).containsExactly(ProblemCode.MISSING_COLUMN);

        robot.interact(() -> robot.lookup("#import-default-site").queryAs(javafx.scene.control.ComboBox.class).setValue("N1"));
        waitFor(() -> !robot.lookup("#import-run").queryButton().isDisabled());
        robot.interact(() -> robot.lookup("#import-tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .select(2));
        waitFor(() -> robot.lookup("#import-values .import-value-as").tryQuery().isPresent());
        assertThat(robot.lookup("#import-values").queryAs(TableView.class).getItems()).extracting(row -> row.toString())
                .containsExactly("ValueRow[field=KIND, value=Tablets, rows=1, readAs=OTHER]");
        robot.interact(() -> robot.lookup("#import-values .import-value-as").queryAs(javafx.scene.control.ComboBox.class)
                .setValue(AssetKind.LAPTOP));
        waitFor(() -> !robot.lookup("#import-run").queryButton().isDisabled()
                && robot.lookup("#import-values").queryAs(TableView.class).getItems().toString().contains("readAs=LAPTOP"));
        robot.clickOn("#import-run");
        waitFor(() -> text("#import-summary").startsWith("Imported 2 new"));
        robot.clickOn("#import-close");
        WindowDriver driver = new WindowDriver(robot, folder);
        assertThat(driver.count("select count(*) from asset where tag = 'N1-TB-1' and kind = 'LAPTOP'")).isEqualTo(1);

        chosenFile = files.resolve("snipe-april.csv");
        Files.writeString(chosenFile, headers + "Workshop tablet,Tablets,Apple,SN-3,N1-TB-2,2/6/23,Deployed\n",
                StandardCharsets.UTF_8);
        robot.clickOn("#import-assets");
        // 2/6/23 alone could be either: read month first, as the last file with these headers was.
        waitFor(() -> text("#import-summary").contains("1 new assets"));
        assertThat(robot.lookup("#import-problems").queryAs(TableView.class).getItems()).isEmpty();
        robot.clickOn("#import-run");
        waitFor(() -> text("#import-summary").startsWith("Imported 1 new"));
        robot.clickOn("#import-close");
        assertThat(driver.count("select count(*) from asset where tag = 'N1-TB-2' and kind = 'LAPTOP'")).isEqualTo(1);
    }

    @Test
    void aFileThatCannotBeReadShowsOnlyItsReason() throws Exception {
        chosenFile = files.resolve("empty.csv");
        Files.write(chosenFile, new byte[0]);
        robot.clickOn("#import-assets");
        waitFor(() -> robot.lookup("#import-message").tryQuery().isPresent() && !text("#import-message").isEmpty());
        assertThat(text("#import-summary")).isEqualTo("The file cannot be imported:");
        assertThat(text("#import-message")).isEqualTo(chosenFile + " is empty (0 bytes).");
        assertThat(robot.lookup("#import-tabs").query().isVisible()).isFalse();
        assertThat(robot.lookup("#import-options").query().isVisible()).isFalse();
        assertThat(robot.lookup("#import-run").queryButton().isDisabled()).isTrue();
        robot.clickOn("#import-close");
    }

    @Test
    void anExportRunsInTheBackgroundAndEndsWithAToast() throws Exception {
        workbench.assets().save(new org.techbench.domain.asset.Asset(null, workbench.sites().all().getFirst().id(),
                "N1-PC-001", "Front desk PC", AssetKind.DESKTOP, "Lenovo", "M70q", "PC001", "Lobby", "10.0.0.7", null,
                org.techbench.domain.asset.AssetStatus.IN_SERVICE, null, null, null, false));
        chosenFile = files.resolve("export.xlsx");

        robot.clickOn("#export-assets");

        waitFor(() -> robot.lookup(".toast").tryQuery().isPresent()
                && robot.lookup(".toast .label").queryAll().stream().map(node -> ((Label) node).getText())
                .anyMatch(toast -> toast.equals("Exported 1 assets to " + chosenFile.toAbsolutePath() + ".")));
        assertThat(chosenFile).exists();
    }

    private TextField field(String query) {
        return robot.lookup(query).queryAs(TextField.class);
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        // On the FX thread: a lookup never walks a scene being redrawn.
        WindowDriver.waitFor(15, condition);
    }
}
