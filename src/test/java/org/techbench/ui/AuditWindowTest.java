package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.audit.AuditEvent;
import org.techbench.domain.site.Site;
import org.techbench.service.Preferences;
import org.techbench.service.PreferencesFile;
import org.techbench.service.Workbench;
import org.techbench.store.DataFolder;
import org.techbench.ui.shell.WorkbenchApplication;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The Audit screen in the real window (Monocle, headless): the trail filtered, and an entry opening its record. */
class AuditWindowTest {

    @TempDir
    Path data;

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application application;
    private WindowDriver driver;

    @BeforeEach
    void makeSomeChanges() throws Exception {
        try (Workbench workbench = Workbench.open(new DataFolder(data), Clock.systemDefaultZone(), "tester")) {
            Site north = workbench.sites().save(new Site(null, "N1", "North plant", null, ZoneId.of("Asia/Shanghai"), null, null,
                    null, false));
            for (String tag : new String[] {"N1-PC-1", "N1-PC-2"}) {
                workbench.assets().save(new Asset(null, north.id(), tag, "Desk PC", AssetKind.DESKTOP, "Lenovo", "M70q",
                        "SN-" + tag, null, null, null, AssetStatus.IN_SERVICE, LocalDate.of(2025, 1, 1), null, null, false));
            }
        }
        new PreferencesFile(data.resolve("settings.properties")).save(Preferences.defaults().withWelcomeDone());
        driver = new WindowDriver(robot, data);
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(WorkbenchApplication.class, data.toString());
        WindowDriver.waitFor(() -> driver.visible("#tile-assets"));
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    private TableView<AuditEvent> events() {
        return robot.lookup("#audit-events").queryAs(TableView.class);
    }

    @Test
    void theTrailIsFilteredByRecordAndAnEntryOpensItsAsset() throws Exception {
        robot.clickOn("#nav-audit");
        // The technician's profile, the site, two assets, and the five checklists the window starts with.
        WindowDriver.waitFor(() -> driver.visible("#audit-events") && events().getItems().size() == 9);
        assertThat(driver.text("#audit-count")).isEqualTo("9 entries");

        robot.interact(() -> driver.choose("#audit-subject", "asset"));
        WindowDriver.waitFor(() -> events().getItems().size() == 2);
        assertThat(events().getItems()).extracting(AuditEvent::summary).first().asString().contains("N1-PC-2");

        robot.interact(() -> events().getSelectionModel().select(0));
        robot.clickOn("#audit-open", MouseButton.PRIMARY);
        WindowDriver.waitFor(() -> driver.visible("#asset-title") && driver.text("#asset-title").contains("N1-PC-2"));
    }
}
