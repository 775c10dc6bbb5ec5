package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.fault.Impact;
import org.techbench.domain.fault.Urgency;
import org.techbench.domain.site.Site;
import org.techbench.service.Workbench;
import org.techbench.service.fault.FaultReport;
import org.techbench.service.fault.ResolutionSummary;
import org.techbench.service.knowledge.BuiltInArticles;
import org.techbench.service.knowledge.KnowledgeResult;
import org.techbench.store.DataFolder;
import org.techbench.store.TestStores;
import org.techbench.ui.shell.WorkbenchApplication;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The knowledge base in the window: the right article suggested while a symptom is typed, applied,
 * and found in the new fault's journal; and a resolved fault written up as an article.
 */
class KnowledgeWindowTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application application;
    private Fault resolved;

    @BeforeEach
    void openTheWindowOnASiteWithAResolvedFault() throws Exception {
        try (Workbench workbench = Workbench.open(new DataFolder(folder), Clock.systemDefaultZone(), "tester")) {
            Site site = workbench.sites().save(new Site(null, "N1", "North plant", "", ZoneId.of("Asia/Shanghai"), "",
                    null, null, false));
            Fault fault = workbench.faults().report(new FaultReport(site.id(), null, FaultSubcategory.DAMAGED_DEVICE,
                    "Zebra label printer prints blank labels", null, null, "Li Na", null, null, Impact.LOW, Urgency.LOW,
                    null, null, null));
            workbench.faults().assign(fault.id(), workbench.technicians().currentId());
            workbench.faults().move(fault.id(), FaultStatus.IN_PROGRESS, null);
            resolved = workbench.faults().resolve(fault.id(), new ResolutionSummary("Print head worn",
                    "Cleaned the print head", "Check the head first", "Clean the head every roll"));
        }
        Files.writeString(folder.resolve("settings.properties"), "language=en\n");
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
    void theRightArticleIsSuggestedWhileTheSymptomIsTypedAndAppliedToTheNewFaultsJournal() throws Exception {
        UUID ipConflict = BuiltInArticles.idOf("net-ip-conflict", "en");
        robot.clickOn("#nav-faults");
        waitFor(() -> visible("#report-fault"));
        robot.clickOn("#report-fault");
        waitFor(() -> visible("#report-symptom"));
        robot.interact(() -> {
            choose("#report-category", FaultSubcategory.CONFIGURATION);
            type("#report-reporter", "Wang Wei");
        });
        robot.clickOn("#report-symptom").write("Two PCs have the same IP address");

        waitFor(() -> visible("#kb-suggestion-" + ipConflict));
        robot.clickOn("#kb-apply-" + ipConflict);
        robot.clickOn("#report-save");

        waitFor(() -> text("#fault-heading").endsWith("Reported"));
        waitFor(() -> count("select count(*) from fault_event e join fault f on f.id = e.fault_id"
                + " where f.symptom = 'Two PCs have the same IP address' and e.kind = 'ACTION'"
                + " and e.body like 'To try, from the article \"IP address conflict\":%1. Find both devices%'") == 1);
        assertThat(count("select count(*) from article_use where article_id = '" + ipConflict + "'")).isEqualTo(1);
    }

    @Test
    void aResolvedFaultIsWrittenUpAsAnArticleFromItsSummary() throws Exception {
        robot.clickOn("#nav-knowledge");
        waitFor(() -> visible("#kb-search"));
        robot.clickOn("#kb-search").write("zebra blank labels");
        // The answer to the whole query, not to one of the shorter ones typed on the way.
        waitFor(() -> robot.lookup("#kb-results").queryListView().getItems().size() == 1
                && ((KnowledgeResult) robot.lookup("#kb-results").queryListView().getItems().getFirst()).matchedWords()
                .contains("labels"));
        robot.clickOn(robot.lookup("#kb-results .list-cell")
                .match((javafx.scene.control.ListCell<?> cell) -> cell.getItem() != null && cell.isVisible())
                .queryAs(javafx.scene.Node.class));
        waitFor(() -> visible("#fault-write-article"));
        assertThat(text("#fault-heading")).startsWith(resolved.number());

        robot.clickOn("#fault-write-article");
        waitFor(() -> visible("#article-title") && !textOf("#article-steps").isEmpty());
        assertThat(textOf("#article-cause")).isEqualTo("Print head worn");
        robot.clickOn("#article-save");

        waitFor(() -> text("#kb-article-title").equals("Zebra label printer prints blank labels"));
        assertThat(count("select count(*) from article where source_fault_id = '" + resolved.id()
                + "' and body like 'Cleaned the print head%Prevention: Clean the head every roll'")).isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(String query, T value) {
        robot.lookup(query).queryAs(ComboBox.class).setValue(value);
    }

    private void type(String query, String text) {
        robot.lookup(query).queryAs(TextInputControl.class).setText(text);
    }

    private String textOf(String query) {
        return robot.lookup(query).tryQuery().map(node -> ((TextInputControl) node).getText()).orElse("");
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

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
