package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.service.Preferences;
import org.techbench.service.PreferencesFile;
import org.techbench.service.Progress;
import org.techbench.service.Workbench;
import org.techbench.service.demo.DemoDataOptions;
import org.techbench.store.DataFolder;
import org.techbench.ui.shell.WorkbenchApplication;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Backups from Settings in the real window (Monocle, headless): made, verified, and a failure kept in the status bar. */
class BackupWindowTest {

    @TempDir
    Path data;
    @TempDir
    Path usb;

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application application;
    private WindowDriver driver;

    @BeforeEach
    void fillAStore() {
        try (Workbench workbench = Workbench.open(new DataFolder(data), Clock.systemDefaultZone(), "tester")) {
            workbench.demoData().create(new DemoDataOptions(1, 30, 3, 5, LocalDate.now()), workbench.technicians().currentId(),
                    Progress.NONE);
        }
        driver = new WindowDriver(robot, data);
    }

    private void openSettingsWithBackupsGoingTo(Path folder) throws Exception {
        new PreferencesFile(data.resolve("settings.properties")).save(Preferences.defaults().withBackupFolder(folder.toString()));
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(WorkbenchApplication.class, data.toString());
        WindowDriver.waitFor(() -> driver.visible("#tile-assets"));
        robot.clickOn("#nav-settings");
        WindowDriver.waitFor(() -> driver.visible("#backup-now"));
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    @Test
    void aDamagedStoreAtStartIsOfferedTheNewestBackupThatVerifiesAndOpensOnIt() throws Exception {
        try (Workbench workbench = Workbench.open(new DataFolder(data), Clock.systemDefaultZone(), "tester")) {
            workbench.backups().create(workbench.backups().defaultFolder(), org.techbench.service.backup.Retention.standard(),
                    Progress.NONE);
        }
        Files.write(new DataFolder(data).database(), "not a store".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(WorkbenchApplication.class, data.toString());

        WindowDriver.waitFor(30, () -> driver.visible("#restore-newest"));
        assertThat(robot.lookup("#restore-newest").queryButton().getText()).startsWith("Restore the newest backup (made ");
        robot.clickOn("#restore-newest");

        WindowDriver.waitFor(30, () -> driver.text("#tile-assets").equals("30"));
        try (Stream<Path> kept = Files.list(data.resolve("backups"))) {
            assertThat(kept.map(file -> file.getFileName().toString())).anyMatch(name -> name.startsWith("before-restore-"));
        }
    }

    @Test
    void backUpNowMakesABackupInTheChosenFolderThatVerifies() throws Exception {
        openSettingsWithBackupsGoingTo(usb);
        assertThat(driver.text("#backup-newest")).isEqualTo("No backup in this folder yet.");

        robot.clickOn("#backup-now");
        WindowDriver.waitFor(30, () -> driver.text("#backup-newest").startsWith("Newest: "));
        try (Stream<Path> files = Files.list(usb)) {
            assertThat(files.map(file -> file.getFileName().toString())).anyMatch(name -> name.endsWith(".zip"))
                    .anyMatch(name -> name.endsWith(".json"));
        }

        robot.clickOn("#verify-backup");
        WindowDriver.waitFor(30, () -> driver.text("#backup-result")
                .equals("Verified: every table of the newest backup matches its manifest."));
        assertThat(driver.visible("#status-backup")).isFalse();
    }

    @Test
    void aBackupFolderThatIsGoneIsSaidInSettingsAndStaysInTheStatusBar() throws Exception {
        Path unplugged = usb.resolve("USB-STICK");
        openSettingsWithBackupsGoingTo(unplugged);

        robot.clickOn("#backup-now");
        WindowDriver.waitFor(30, () -> driver.visible("#status-backup"));
        assertThat(driver.text("#status-backup")).isEqualTo("Last backup failed");
        assertThat(driver.text("#backup-result")).isEqualTo("The backup folder " + unplugged
                + " does not exist. Is the USB disk or network share connected? Connect it or choose another folder.");
        WindowDriver.waitFor(() -> driver.visible("#task-close"));
        assertThat(driver.text("#task-message")).startsWith("The backup folder " + unplugged + " does not exist.");
        robot.clickOn("#task-close");
        robot.clickOn("#nav-dashboard");
        WindowDriver.waitFor(() -> driver.visible("#tile-assets"));
        assertThat(driver.visible("#status-backup")).isTrue();
    }

    @Test
    void anOlderBackupChosenInSettingsReplacesTheStoreWhichIsKeptAsACopy() throws Exception {
        var twoDaysAgo = new org.techbench.sync.hub.MovableClock(java.time.Instant.now().minus(java.time.Duration.ofDays(2)));
        try (Workbench workbench = Workbench.open(new DataFolder(data), twoDaysAgo, "tester")) {
            workbench.backups().create(usb, org.techbench.service.backup.Retention.standard(), Progress.NONE);
        }
        try (Workbench workbench = Workbench.open(new DataFolder(data), Clock.systemDefaultZone(), "tester")) {
            var site = workbench.sites().all().getFirst();
            workbench.assets().save(new org.techbench.domain.asset.Asset(null, site.id(), "ADDED-1", "Desk PC",
                    org.techbench.domain.asset.AssetKind.DESKTOP, "Lenovo", "M70q", "SN-ADDED-1", "Office", null, null,
                    org.techbench.domain.asset.AssetStatus.IN_SERVICE, LocalDate.of(2025, 1, 1), null, null, false));
            workbench.backups().create(usb, org.techbench.service.backup.Retention.standard(), Progress.NONE);
        }
        openSettingsWithBackupsGoingTo(usb);
        WindowDriver.waitFor(() -> robot.lookup("#restore-choice").queryComboBox().getItems().size() == 2);
        var older = robot.lookup("#restore-choice").<org.techbench.service.backup.BackupManifest>queryComboBox().getItems().get(1);
        assertThat(older.rows()).isLessThan(robot.lookup("#restore-choice")
                .<org.techbench.service.backup.BackupManifest>queryComboBox().getItems().get(0).rows());
        robot.interact(() -> driver.choose("#restore-choice", older));

        robot.clickOn("#restore-backup");
        WindowDriver.waitFor(30, () -> robot.lookup(".dialog-pane .button").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(button -> "Restore".equals(button.getText())).findFirst().orElseThrow());

        // The window opens again where it was, on Settings.
        WindowDriver.waitFor(30, () -> driver.visible("#backup-now"));
        robot.clickOn("#nav-dashboard");
        WindowDriver.waitFor(() -> driver.text("#tile-assets").equals("30"));
        try (Stream<Path> kept = Files.list(data.resolve("backups"))) {
            assertThat(kept.map(file -> file.getFileName().toString())).anyMatch(name -> name.startsWith("before-restore-"));
        }
    }
}
