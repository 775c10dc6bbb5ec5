package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.service.Progress;
import org.techbench.service.Workbench;
import org.techbench.service.demo.DemoDataOptions;
import org.techbench.service.sync.HubFixture;
import org.techbench.store.DataFolder;
import org.techbench.store.TestStores;
import org.techbench.ui.shell.WorkbenchApplication;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Opens the real window (Monocle, headless) on a demo store and reads what it shows. */
class WorkbenchWindowTest {

    @TempDir
    static Path folder;

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application application;

    @BeforeEach
    void openWindowOnADemoStore() throws Exception {
        try (Workbench workbench = Workbench.open(new DataFolder(folder), Clock.systemDefaultZone(), "tester")) {
            if (workbench.overview().overview().assets() == 0) {
                workbench.demoData().create(new DemoDataOptions(3, 300, 40, 11, LocalDate.now()),
                        workbench.technicians().currentId(), Progress.NONE);
            }
        }
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(WorkbenchApplication.class, folder.toString());
        WindowDriver.waitFor(20, () -> robot.lookup("#tile-assets").tryQuery().isPresent());
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    @Test
    void dashboardShowsTheFiguresOfTheStore() throws Exception {
        long assets = count("select count(*) from asset where not archived");
        long open = count("select count(*) from fault where status not in ('RESOLVED', 'CLOSED', 'CANCELLED')");
        long p1 = count("select count(*) from fault where priority = 'P1' and status not in ('RESOLVED', 'CLOSED', 'CANCELLED')");
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ENGLISH);

        assertThat(text("#tile-assets")).isEqualTo(numbers.format(assets));
        assertThat(text("#tile-open-faults")).isEqualTo(numbers.format(open));
        assertThat(text("#open-P1")).isEqualTo(numbers.format(p1));
        WindowDriver.waitFor(10, () -> !text("#status-counts").isEmpty());
        assertThat(text("#status-counts")).startsWith(numbers.format(assets) + " assets");
    }

    @Test
    void settingsRenameTheTechnicianShownInTheStatusBar() throws Exception {
        robot.clickOn("#nav-settings");
        WindowDriver.waitFor(10, () -> !robot.lookup("#technician-name")
                .queryTextInputControl().getText().isEmpty());
        robot.interact(() -> robot.lookup("#technician-name").queryTextInputControl().setText("Sun Li 孙丽"));
        robot.clickOn("#save-name");
        WindowDriver.waitFor(10, () -> text("#name-message").equals("Saved."));
        robot.clickOn("#nav-dashboard");
        WindowDriver.waitFor(10, () -> text("#status-technician").contains("Sun Li 孙丽"));
    }

    @Test
    void ctrlAndANumberOpenTheScreensAndCtrlFCtrlNAndEscapeWorkOnTheAssets() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WindowDriver.waitFor(10, () -> visible("#asset-list"));

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WindowDriver.waitFor(10,
                () -> isWithin(robot.lookup("#asset-search").query().getScene().getFocusOwner(), "asset-search"));

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WindowDriver.waitFor(10, () -> visible("#asset-tag"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WindowDriver.waitFor(10, () -> !visible("#asset-tag"));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WindowDriver.waitFor(10, () -> visible("#tile-assets"));
    }

    @Test
    void theDarkThemeRestylesTheScreenThatIsOpen() throws Exception {
        robot.clickOn("#nav-settings");
        WindowDriver.waitFor(10, () -> visible("#theme-dark"));

        robot.clickOn("#theme-dark");

        WindowDriver.waitFor(10, () -> new PrimerDark().getUserAgentStylesheetBSS()
                .equals(javafx.application.Application.getUserAgentStylesheet()));
        assertThat(visible("#theme-dark")).as("still on the settings screen").isTrue();
        robot.clickOn("#theme-light");
        WindowDriver.waitFor(10, () -> new PrimerLight().getUserAgentStylesheetBSS()
                .equals(javafx.application.Application.getUserAgentStylesheet()));
    }

    @Test
    void theStatusBarSaysWhereSyncStandsFromNeverSyncedToSynced() throws Exception {
        WindowDriver.waitFor(10, () -> text("#status-sync").matches("Not synced · [\\d,]+ waiting"));
        try (HubFixture hub = new HubFixture(folder.resolve("hub"), Clock.systemUTC()).withManager("lin")) {
            robot.clickOn("#nav-sync");
            WindowDriver.waitFor(10, () -> visible("#hub-url"));
            robot.interact(() -> {
                robot.lookup("#hub-url").queryTextInputControl().setText(hub.url);
                robot.lookup("#hub-user").queryTextInputControl().setText("lin");
                robot.lookup("#hub-password").queryTextInputControl().setText(HubFixture.PASSWORD);
            });
            robot.clickOn("#sign-in");
            WindowDriver.waitFor(60, () -> text("#status-sync").equals("Synced just now"));

            robot.clickOn("#nav-settings");
            robot.interact(() -> robot.lookup("#technician-name").queryTextInputControl().setText("Sun Li"));
            robot.clickOn("#save-name");
            WindowDriver.waitFor(10, () -> text("#status-sync").equals("Synced just now · 1 waiting"));
        }
    }

    private boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(node -> node.isVisible() && node.getScene() != null).orElse(false);
    }

    private static boolean isWithin(javafx.scene.Node node, String id) {
        for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
            if (id.equals(at.getId())) {
                return true;
            }
        }
        return false;
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static long count(String sql) throws Exception {
        try (var connection = DriverManager.getConnection(TestStores.jdbcUrl(folder), "techbench", "");
             var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
