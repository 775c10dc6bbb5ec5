package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.service.Preferences;
import org.techbench.service.PreferencesFile;
import org.techbench.service.Progress;
import org.techbench.service.ScreenLock;
import org.techbench.service.ScreenLockPins;
import org.techbench.service.Workbench;
import org.techbench.service.demo.DemoDataOptions;
import org.techbench.store.DataFolder;
import org.techbench.ui.shell.WorkbenchApplication;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The screen lock in the real window (Monocle, headless): set in Settings, locked, and opened by the PIN only. */
class ScreenLockWindowTest {

    @TempDir
    Path data;

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application application;
    private WindowDriver driver;

    @BeforeEach
    void fillAStore() {
        try (Workbench workbench = Workbench.open(new DataFolder(data), Clock.systemDefaultZone(), "tester")) {
            workbench.demoData().create(new DemoDataOptions(1, 12, 2, 3, LocalDate.now()), workbench.technicians().currentId(),
                    Progress.NONE);
        }
        driver = new WindowDriver(robot, data);
    }

    private void open(Preferences preferences) throws Exception {
        new PreferencesFile(data.resolve("settings.properties")).save(preferences);
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(WorkbenchApplication.class, data.toString());
        WindowDriver.waitFor(() -> driver.visible("#tile-assets"));
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    @Test
    void lockedTheWindowShowsNothingOfTheWorkbenchUntilTheRightPin() throws Exception {
        open(Preferences.defaults().withScreenLock(new ScreenLock(10, new ScreenLockPins().hash("2468"))));
        robot.clickOn("#lock-now");
        WindowDriver.waitFor(() -> driver.visible("#screen-lock") && !driver.visible("#shell"));

        robot.clickOn("#unlock-pin").write("1357").type(KeyCode.ENTER);
        WindowDriver.waitFor(() -> driver.text("#unlock-message").equals("That is not the PIN. Try again."));
        assertThat(driver.visible("#shell")).isFalse();

        robot.clickOn("#unlock-pin").write("2468").type(KeyCode.ENTER);
        WindowDriver.waitFor(() -> driver.visible("#shell") && !driver.visible("#screen-lock"));
        assertThat(driver.visible("#tile-assets")).isTrue();
    }

    @Test
    void aPinSetInSettingsIsKeptHashedAndLocksTheWindow() throws Exception {
        open(Preferences.defaults());
        robot.clickOn("#nav-settings");
        WindowDriver.waitFor(() -> driver.visible("#save-lock"));
        robot.interact(() -> {
            driver.choose("#lock-after", 5);
            driver.type("#lock-pin", "86420");
            driver.type("#lock-pin-again", "86420");
        });
        robot.clickOn("#save-lock");
        WindowDriver.waitFor(() -> driver.text("#lock-message").equals("Saved."));

        ScreenLock saved = new PreferencesFile(data.resolve("settings.properties")).load().screenLock();
        assertThat(saved.idleMinutes()).isEqualTo(5);
        assertThat(saved.pinHash()).doesNotContain("86420");
        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        WindowDriver.waitFor(() -> driver.visible("#screen-lock") && !driver.visible("#shell"));
        robot.clickOn("#unlock-pin").write("86420").type(KeyCode.ENTER);
        WindowDriver.waitFor(() -> driver.visible("#shell"));
    }
}
