package org.techbench.ui;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.TimelineEntry;
import org.techbench.domain.asset.TimelineKind;
import org.techbench.service.Preferences;
import org.techbench.service.Progress;
import org.techbench.service.Workbench;
import org.techbench.service.demo.DemoDataOptions;
import org.techbench.store.DataFolder;
import org.techbench.store.TestStores;
import org.techbench.ui.shell.WorkbenchApplication;

/** Moving about the real window: links from one screen to another, back and forward, a language switch. */
class NavigationWindowTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application application;

    @BeforeEach
    void openWindowOnADemoStore() throws Exception {
        try (Workbench workbench = Workbench.open(new DataFolder(folder), Clock.systemDefaultZone(), "tester")) {
            workbench.demoData().create(new DemoDataOptions(3, 120, 10, 5, LocalDate.now()),
                    workbench.technicians().currentId(), Progress.NONE);
        }
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(WorkbenchApplication.class, folder.toString());
        // The dashboard is drawn again once the checklists due are counted; wait for that last drawing.
        waitFor(() -> robot.lookup("#tile-due").tryQuery().map(n -> ((Label) n).getText().matches("[0-9,]+")).orElse(false)
                && robot.lookup("#table-by-site .table-row-cell").match(NavigationWindowTest::holdsASite).tryQuery()
                .isPresent());
    }

    private static boolean holdsASite(javafx.scene.Node node) {
        return node instanceof javafx.scene.control.TableRow<?> row && row.getItem() != null;
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    @Test
    void aSiteOnTheDashboardOpensItsAssetsAndAltLeftComesBack() throws Exception {
        String code = clickTheFirstSite();
        long assets = count("select count(*) from asset a join site s on s.id = a.site_id where not a.archived and s.code = '"
                + code + "'");
        waitFor(() -> visible("#asset-list") && text("#asset-count").startsWith(assets + " "));

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        waitFor(() -> visible("#dashboard"));
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        waitFor(() -> visible("#asset-list") && text("#asset-count").startsWith(assets + " "));
    }

    @Test
    void aPartChangeInAnAssetsHistoryOpensThePart() throws Exception {
        robot.clickOn("#nav-assets");
        waitFor(() -> visible("#asset-table") && robot.lookup("#asset-table").queryAs(TableView.class).getItems().size() > 0);
        robot.interact(() -> robot.lookup("#asset-table").queryAs(TableView.class).getSelectionModel().select(0));
        robot.clickOn("#asset-table").type(KeyCode.ENTER);
        waitFor(() -> visible("#asset-detail"));
        robot.clickOn("#tab-history");
        @SuppressWarnings("unchecked")
        ListView<TimelineEntry> timeline = robot.lookup("#asset-timeline").queryAs(ListView.class);
        waitFor(() -> timeline.getItems().stream().anyMatch(e -> e.kind() == TimelineKind.COMPONENT_FITTED));
        TimelineEntry fitted = timeline.getItems().stream().filter(e -> e.kind() == TimelineKind.COMPONENT_FITTED)
                .findFirst().orElseThrow();

        robot.interact(() -> {
            timeline.getSelectionModel().select(fitted);
            timeline.requestFocus();
        });
        robot.type(KeyCode.ENTER);

        @SuppressWarnings("unchecked")
        TableView<Component> parts = robot.lookup("#asset-parts").queryAs(TableView.class);
        waitFor(() -> robot.lookup("#asset-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId()
                .equals("tab-parts") && parts.getSelectionModel().getSelectedItem() != null
                && parts.getSelectionModel().getSelectedItem().id().equals(fitted.recordId()));
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        waitFor(() -> robot.lookup("#asset-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId()
                .equals("tab-history"));
    }

    @Test
    void switchingTheLanguageKeepsTheWayBack() throws Exception {
        String code = clickTheFirstSite();
        long assets = count("select count(*) from asset a join site s on s.id = a.site_id where not a.archived and s.code = '"
                + code + "'");
        waitFor(() -> visible("#asset-list") && text("#asset-count").startsWith(assets + " "));
        robot.clickOn("#nav-settings");
        waitFor(() -> visible("#language"));

        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Locale> language = robot.lookup("#language").queryAs(ComboBox.class);
            language.setValue(Preferences.SIMPLIFIED_CHINESE);
        });
        waitFor(() -> robot.lookup("#nav-assets").tryQuery().isPresent()
                && robot.lookup("#nav-assets").queryLabeled().getText().equals("资产") && visible("#language"));

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        // "12 项资产", or "12 / 120 项资产" once the list has counted all assets.
        waitFor(() -> visible("#asset-list") && text("#asset-count").startsWith(assets + " ")
                && text("#asset-count").endsWith("项资产"));
    }

    /**
     * Clicks the dashboard's first site and returns its code. The dashboard redraws when its
     * figures change (as the due checks are counted, or a slow machine counts twice), and a row
     * redrawn between finding it and clicking it is gone: then it is found and clicked again.
     */
    private String clickTheFirstSite() throws Exception {
        var clicked = new java.util.concurrent.atomic.AtomicReference<String>();
        waitFor(() -> {
            if (clicked.get() == null || !visible("#asset-list")) {
                var row = robot.lookup("#table-by-site .table-row-cell").match(NavigationWindowTest::holdsASite).tryQuery();
                if (row.isPresent() && row.get().getScene() != null) {
                    clicked.set(((javafx.scene.control.TableRow<?>) row.get()).getItem() instanceof
                            org.techbench.domain.quality.Overview.SiteAssets site ? site.siteCode() : null);
                    try {
                        robot.clickOn(row.get());
                    } catch (RuntimeException redrawnUnderThePointer) {
                        return false;
                    }
                }
            }
            return clicked.get() != null && visible("#asset-list");
        });
        return clicked.get();
    }

    private boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(node -> node.isVisible() && node.getScene() != null).orElse(false);
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private long count(String sql) throws Exception {
        try (var connection = DriverManager.getConnection(TestStores.jdbcUrl(folder), "techbench", "");
             var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        // On the FX thread: a lookup never walks a scene being redrawn.
        WindowDriver.waitFor(20, condition);
    }
}
