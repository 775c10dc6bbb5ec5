package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.maintenance.ChecklistTemplate;
import org.techbench.domain.site.Site;
import org.techbench.i18n.Texts;
import org.techbench.service.Workbench;
import org.techbench.service.maintenance.FormFiller;
import org.techbench.service.maintenance.FormImport;
import org.techbench.store.DataFolder;
import org.techbench.ui.common.Background;
import org.techbench.ui.common.DialogService;
import org.techbench.ui.common.JavaFxDialogService;
import org.techbench.ui.common.Navigator;
import org.techbench.ui.common.Theme;
import org.techbench.ui.maintenance.MaintenancePlace;
import org.techbench.ui.maintenance.MaintenanceScreen;
import org.techbench.ui.reports.ReportKind;
import org.techbench.ui.reports.ReportsScreen;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Checklist forms in the window: printed from the Reports screen, brought back through Import on the Maintenance screen. */
class ChecklistFormWindowTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private Workbench workbench;
    private Background background;
    private Path chosenFile;
    private Asset server;
    private ChecklistTemplate serverCheck;

    @BeforeEach
    void aServerWithItsChecklist() throws Exception {
        workbench = Workbench.open(new DataFolder(folder.resolve("store")), Clock.systemDefaultZone(), "tester");
        workbench.maintenance().seedBuiltIns();
        Site site = workbench.sites().save(new Site(null, "N1", "North plant", "", ZoneId.of("Asia/Shanghai"), "", null,
                null, false));
        server = workbench.assets().save(new Asset(null, site.id(), "N1-SRV-1", "File server", AssetKind.SERVER, "HPE",
                "DL380", "CZ1", "Rack 1", "10.0.0.9", null, AssetStatus.IN_SERVICE, LocalDate.now().minusYears(1), null,
                null, false));
        serverCheck = workbench.maintenance().templatesFor(AssetKind.SERVER).getFirst();
        FxToolkit.registerPrimaryStage();
        background = new Background(Platform::runLater);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        background.close();
        workbench.close();
    }

    @Test
    void aFormWithAProblemCannotBeImportedAndACorrectedOneIs() throws Exception {
        Path form = folder.resolve("form.xlsx");
        workbench.checklistForms().print(new org.techbench.service.maintenance.ChecklistFormService.FormRequest(null,
                server.id(), null, null), Locale.ENGLISH, form);
        Map<String, String[]> answers = FormFiller.everyRequiredAnswered(serverCheck);
        answers.put("psu-12v", new String[] {null, "twelve", null});
        chosenFile = FormFiller.fill(form, serverCheck, answers, LocalDate.now().toString(), "Li Na");
        showMaintenance();

        robot.clickOn("#import-forms");
        waitFor(() -> robot.lookup("#form-import-problems").tryQuery().isPresent()
                && robot.lookup("#form-import-problems").queryAs(TableView.class).getItems().size() == 1);
        FormImport.Problem problem = (FormImport.Problem) robot.lookup("#form-import-problems").queryAs(TableView.class)
                .getItems().getFirst();
        assertThat(problem.sheet()).isEqualTo("N1-SRV-1 HW-SERVER");
        assertThat(problem.message()).isEqualTo("twelve is not a number: type a reading such as 12.1.");
        assertThat(robot.lookup("#form-import-run").queryButton().isDisabled()).isTrue();
        robot.clickOn("#form-import-close");

        chosenFile = FormFiller.fill(form, serverCheck, FormFiller.everyRequiredAnswered(serverCheck),
                LocalDate.now().toString(), "Li Na");
        robot.clickOn("#import-forms");
        waitFor(() -> robot.lookup("#form-import-ready").tryQuery().isPresent()
                && robot.lookup("#form-import-ready").queryAs(TableView.class).getItems().size() == 1
                && !robot.lookup("#form-import-run").queryButton().isDisabled());
        robot.clickOn("#form-import-run");
        waitFor(() -> text("#form-import-summary").equals("Imported 1 inspections from the forms."));
        assertThat(workbench.maintenance().finished(server.id(), null, 5)).singleElement()
                .satisfies(i -> assertThat(i.customerName()).isEqualTo("Li Na"));
    }

    @Test
    void theReportsScreenPrintsTheFormsOfOneAsset() throws Exception {
        chosenFile = folder.resolve("forms.xlsx");
        showReports();
        robot.interact(() -> robot.lookup("#reports-kinds").queryAs(ListView.class).getSelectionModel()
                .select(ReportKind.CHECKLIST_FORM));
        waitFor(() -> robot.lookup("#reports-asset").query().isVisible());
        robot.interact(() -> robot.lookup("#reports-asset").queryAs(TextField.class).setText("N1-SRV-1"));

        robot.clickOn("#reports-make");

        waitFor(() -> robot.lookup("#reports-made").tryQuery().isPresent() && !text("#reports-made").isEmpty());
        assertThat(Files.size(chosenFile)).isPositive();
        try (var book = FormFiller.open(chosenFile)) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("N1-SRV-1 HW-SERVER");
        }
    }

    private void showMaintenance() throws Exception {
        FxToolkit.setupStage(stage -> {
            Texts messages = Texts.window(Locale.ENGLISH);
            Navigator navigator = new Navigator();
            MaintenanceScreen screen = new MaintenanceScreen(workbench, background, messages, dialogs(stage, messages),
                    navigator, Clock.systemDefaultZone());
            show(stage, navigator, screen.node(), screen::open, screen::activate);
            navigator.goTo(new MaintenancePlace(null));
        });
        waitFor(() -> robot.lookup("#import-forms").tryQuery().isPresent());
    }

    private void showReports() throws Exception {
        FxToolkit.setupStage(stage -> {
            Texts messages = Texts.window(Locale.ENGLISH);
            Navigator navigator = new Navigator();
            ReportsScreen screen = new ReportsScreen(workbench, background, messages, dialogs(stage, messages),
                    Clock.systemDefaultZone());
            show(stage, navigator, screen.node(), screen::open, screen::activate);
        });
        waitFor(() -> robot.lookup("#reports-kinds").tryQuery().isPresent());
    }

    private DialogService dialogs(javafx.stage.Stage stage, Texts messages) {
        return new ChosenFiles(new JavaFxDialogService(() -> stage, messages, background, uri -> { }), () -> chosenFile);
    }

    private static void show(javafx.stage.Stage stage, Navigator navigator, javafx.scene.Node node,
                             java.util.function.Consumer<org.techbench.ui.common.Place> open, Runnable activate) {
        Theme.apply(false);
        navigator.attach(open);
        Scene scene = new Scene(new javafx.scene.layout.StackPane(node), 1280, 800);
        scene.getStylesheets().add(Theme.class.getResource(Theme.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
        activate.run();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WindowDriver.waitFor(15, condition);
    }
}
