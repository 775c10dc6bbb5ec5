package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.asset.InstalledSoftware;
import org.techbench.domain.site.Site;
import org.techbench.service.Workbench;
import org.techbench.store.DataFolder;
import org.techbench.ui.shell.WorkbenchApplication;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A guided software update in the window, started with one click from the program on the asset:
 * it stops at its backup precondition until the backup is made, then completes, and the asset's
 * software shows the new version.
 */
class ProcedureWindowTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private WindowDriver window;
    private javafx.application.Application application;

    @BeforeEach
    void openTheWindowOnAnAssetWithOffice() throws Exception {
        window = new WindowDriver(robot, folder);
        try (Workbench workbench = Workbench.open(new DataFolder(folder), Clock.systemDefaultZone(), "tester")) {
            Site site = workbench.sites().save(new Site(null, "N1", "North plant", "", ZoneId.of("Asia/Shanghai"), "",
                    null, null, false));
            Asset pc = workbench.assets().save(new Asset(null, site.id(), "N1-PC-7", "Front desk PC", AssetKind.DESKTOP,
                    "Dell", "OptiPlex 7010", "DX7", null, "10.0.0.7", null, AssetStatus.IN_SERVICE,
                    LocalDate.of(2024, 1, 1), null, null, false));
            workbench.assets().addSoftware(pc.id(), new InstalledSoftware(null, null, null, "Office 2024", "16.0.1",
                    "Microsoft", LocalDate.of(2025, 1, 1), null));
        }
        Files.writeString(folder.resolve("settings.properties"), "language=en\n");
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(WorkbenchApplication.class, folder.toString());
        WindowDriver.waitFor(() -> window.visible("#dashboard"));
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    @Test
    void theUpdateWaitsAtItsBackupThenCompletesAndTheAssetShowsTheNewVersion() throws Exception {
        robot.clickOn("#nav-assets");
        WindowDriver.waitFor(() -> robot.lookup("#asset-table").queryAs(TableView.class).getItems().size() == 1);
        robot.interact(() -> robot.lookup("#asset-table").queryAs(TableView.class).getSelectionModel().select(0));
        robot.clickOn("#asset-table").type(KeyCode.ENTER);
        WindowDriver.waitFor(() -> window.text("#asset-title").contains("N1-PC-7"));
        robot.clickOn("#tab-software");
        robot.interact(() -> robot.lookup("#asset-software").queryAs(TableView.class).getSelectionModel().select(0));
        robot.clickOn("#software-update");

        // The program was chosen on the asset, so the run begins at the version.
        atStep("Which version is being installed");
        assertThat(window.text("#run-title")).isEqualTo("Update software");
        robot.clickOn("#run-next");
        WindowDriver.waitFor(() -> window.text("#run-problem").equals("This step needs an answer."));
        atStep("Which version is being installed");
        robot.clickOn("#run-answer").write("16.0.17");
        robot.clickOn("#run-next");
        atStep("Impact evaluated");
        robot.clickOn("#run-confirm");
        atStep("Off-peak time chosen");
        robot.clickOn("#run-confirm");
        atStep("Backup made and verified");
        robot.clickOn("#run-fail");

        atStep("Back up the software's data and settings");
        assertThat(window.count("select count(*) from installed_software where version = '16.0.1'")).isEqualTo(1);
        robot.clickOn("#run-done");
        atStep("Backup made and verified");
        robot.clickOn("#run-pass");
        atStep("Run the update as planned");
        assertThat(window.text("#run-needs")).startsWith("Done first: Backup made and verified");
        robot.clickOn("#run-done");
        atStep("The software and the work that depends on it tested");
        robot.clickOn("#run-pass");
        atStep("People notified");
        robot.clickOn("#run-confirm");
        atStep("Technician's name");
        robot.clickOn("#run-answer").write("Li Na");
        robot.clickOn("#run-next");

        WindowDriver.waitFor(() -> window.visible("#run-completed"));
        assertThat(window.text("#run-effect")).isEqualTo("The asset's software now lists Office 2024 at version 16.0.17.");
        robot.clickOn("#run-effect-asset");
        WindowDriver.waitFor(() -> window.visible("#asset-software")
                && robot.lookup("#asset-software").queryAs(TableView.class).getItems().size() == 1);
        List<?> software = robot.lookup("#asset-software").queryAs(TableView.class).getItems();
        assertThat(((InstalledSoftware) software.getFirst()).version()).isEqualTo("16.0.17");
        assertThat(window.count("select count(*) from procedure_run where procedure_code = 'SOFTWARE-UPDATE'"
                + " and status = 'COMPLETED'")).isEqualTo(1);
    }

    private void atStep(String text) throws Exception {
        WindowDriver.waitFor(() -> window.text("#run-step-text").startsWith(text) && !robot.lookup("#run-step")
                .query().isDisabled());
    }
}
