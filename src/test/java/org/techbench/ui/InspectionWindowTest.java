package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.asset.TimelineEntry;
import org.techbench.domain.asset.TimelineKind;
import org.techbench.domain.site.Site;
import org.techbench.service.Workbench;
import org.techbench.store.DataFolder;
import org.techbench.store.TestStores;
import org.techbench.ui.shell.WorkbenchApplication;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A whole inspection in the real window: started from the asset, answered from the keyboard, a failed reading made a fault, signed. */
class InspectionWindowTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application application;

    @BeforeEach
    void openTheWindowOnAServer() throws Exception {
        try (Workbench workbench = Workbench.open(new DataFolder(folder), Clock.systemDefaultZone(), "tester")) {
            Site site = workbench.sites().save(new Site(null, "N1", "North plant", "", ZoneId.of("Asia/Shanghai"), "", null,
                    null, false));
            workbench.assets().save(new Asset(null, site.id(), "N1-SRV-1", "File server", AssetKind.SERVER, "Dell", "R740",
                    "SN1", "Rack 2", "10.0.0.9", null, AssetStatus.IN_SERVICE, LocalDate.now().minusYears(1), null, null,
                    false));
        }
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(WorkbenchApplication.class, folder.toString());
        waitFor(() -> visible("#dashboard"));
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    @Test
    void aWholeInspectionWithAFailedReadingRaisesAFaultAndIsSigned() throws Exception {
        openTheServer();
        robot.clickOn("#asset-inspect");
        robot.clickOn("Server hardware check");
        waitFor(() -> visible("#inspection") && robot.lookup("#pass-power-cable").tryQuery().isPresent());

        robot.interact(() -> robot.lookup("#pass-power-cable").query().requestFocus());
        robot.type(KeyCode.P);
        waitFor(() -> text("#state-power-cable").equals("Passed") && focused("#answer-psu-12v"));
        robot.write("10.2").type(KeyCode.ENTER);
        waitFor(() -> text("#state-psu-12v").equals("Failed · 10.2 V (11.4 to 12.6 V)") && focused("#pass-fans"));
        robot.type(KeyCode.P);
        // The checks come grouped by part: the fan speed follows the fans, before the processor.
        waitFor(() -> focused("#answer-fan-speed"));
        robot.write("1200").type(KeyCode.ENTER);
        waitFor(() -> focused("#answer-cpu-temp"));
        robot.write("65").type(KeyCode.ENTER);
        waitFor(() -> focused("#pass-memory"));
        robot.type(KeyCode.P);
        waitFor(() -> focused("#pass-disks"));
        robot.type(KeyCode.P);
        waitFor(() -> focused("#answer-free-space"));
        robot.write("40").type(KeyCode.ENTER);
        waitFor(() -> focused("#pass-motherboard"));
        robot.type(KeyCode.P);
        waitFor(() -> focused("#pass-gpu"));
        robot.type(KeyCode.N);
        waitFor(() -> text("#state-gpu").equals("Not applicable"));

        scrollTheChecksTo(0);
        robot.clickOn("#raise-fault-psu-12v");
        waitFor(() -> robot.lookup("#raise-fault-psu-12v").tryQuery().map(Node::isDisabled).orElse(false));
        assertThat(count("select count(*) from fault f join inspection_result r on r.id = f.inspection_result_id"
                + " join asset a on a.id = f.asset_id where a.tag = 'N1-SRV-1' and r.reading = 10.2")).isEqualTo(1);

        scrollTheChecksTo(1);
        robot.clickOn("#customer-name").write("Li Na");
        robot.drag("#signature-pad", MouseButton.PRIMARY).moveBy(60, 20).moveBy(60, -20).drop();
        robot.clickOn("#finish-inspection");
        waitFor(() -> visible("#inspection-signed"));
        assertThat(count("select count(*) from inspection where finished_at is not null and outcome = 'FAIL'"
                + " and customer_name = 'Li Na' and signature_id is not null")).isEqualTo(1);
    }

    @Test
    void anInspectionInTheAssetsHistoryOpensItsRecord() throws Exception {
        openTheServer();
        robot.clickOn("#asset-inspect");
        robot.clickOn("Server hardware check");
        waitFor(() -> visible("#inspection"));
        robot.clickOn("#inspection-back");
        waitFor(() -> visible("#asset-detail"));
        robot.clickOn("#tab-history");
        @SuppressWarnings("unchecked")
        ListView<TimelineEntry> timeline = robot.lookup("#asset-timeline").queryAs(ListView.class);
        waitFor(() -> timeline.getItems().stream().anyMatch(e -> e.kind() == TimelineKind.INSPECTION));

        robot.interact(() -> {
            timeline.getSelectionModel().select(timeline.getItems().stream()
                    .filter(e -> e.kind() == TimelineKind.INSPECTION).findFirst().orElseThrow());
            timeline.requestFocus();
        });
        robot.type(KeyCode.ENTER);

        waitFor(() -> visible("#inspection") && text("#inspection-title").equals("N1-SRV-1  File server"));
    }

    private void openTheServer() throws Exception {
        robot.clickOn("#nav-assets");
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#asset-table").queryAs(TableView.class);
        waitFor(() -> visible("#asset-table") && table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#asset-table").type(KeyCode.ENTER);
        waitFor(() -> visible("#asset-detail") && visible("#asset-inspect"));
    }

    /** Scrolls the inspection's checks as the technician would with the wheel: 0 to the top, 1 to the bottom. */
    private void scrollTheChecksTo(double where) {
        robot.interact(() -> robot.lookup("#inspection .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class)
                .setVvalue(where));
    }

    private boolean focused(String query) {
        return robot.lookup(query).tryQuery().map(Node::isFocused).orElse(false);
    }

    private boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(node -> node.isVisible() && node.getScene() != null).orElse(false);
    }

    private String text(String query) {
        return robot.lookup(query).tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    private long count(String sql) throws Exception {
        try (var connection = DriverManager.getConnection(TestStores.jdbcUrl(folder), "techbench", "");
             var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, onTheFxThread(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            System.err.println("Waited in vain; focus on " + robot.lookup("#inspection").query().getScene().getFocusOwner());
            throw e;
        }
    }

    /** Looks at the scene where it is changed, so a lookup never walks rows being redrawn. */
    private static java.util.concurrent.Callable<Boolean> onTheFxThread(java.util.concurrent.Callable<Boolean> condition) {
        return () -> WaitForAsyncUtils.asyncFx(condition).get();
    }
}
