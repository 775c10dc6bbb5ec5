package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
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
import org.techbench.ui.shell.WorkbenchApplication;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The knowledge base in the window: the right article suggested while a symptom is typed, applied,
 * and found in the new fault's journal; and a resolved fault written up as an article.
 */
class KnowledgeWindowTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private WindowDriver window;
    private javafx.application.Application application;
    private Fault resolved;

    @BeforeEach
    void openTheWindowOnASiteWithAResolvedFault() throws Exception {
        window = new WindowDriver(robot, folder);
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
        WindowDriver.waitFor(() -> window.visible("#dashboard"));
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
        WindowDriver.waitFor(() -> window.visible("#report-fault"));
        robot.clickOn("#report-fault");
        WindowDriver.waitFor(() -> window.visible("#report-symptom"));
        robot.interact(() -> {
            window.choose("#report-category", FaultSubcategory.CONFIGURATION);
            window.type("#report-reporter", "Wang Wei");
        });
        robot.clickOn("#report-symptom").write("Two PCs have the same IP address");

        WindowDriver.waitFor(() -> window.visible("#kb-suggestion-" + ipConflict));
        robot.clickOn("#kb-apply-" + ipConflict);
        robot.clickOn("#report-save");

        WindowDriver.waitFor(() -> window.text("#fault-heading").endsWith("Reported"));
        WindowDriver.waitFor(() -> window.count("select count(*) from fault_event e join fault f on f.id = e.fault_id"
                + " where f.symptom = 'Two PCs have the same IP address' and e.kind = 'ACTION'"
                + " and e.body like 'To try, from the article \"IP address conflict\":%1. Find both devices%'") == 1);
        assertThat(window.count("select count(*) from article_use where article_id = '" + ipConflict + "'")).isEqualTo(1);
    }

    @Test
    void aResolvedFaultIsWrittenUpAsAnArticleFromItsSummary() throws Exception {
        robot.clickOn("#nav-knowledge");
        WindowDriver.waitFor(() -> window.visible("#kb-search"));
        robot.clickOn("#kb-search").write("zebra blank labels");
        // The answer to the whole query, not to one of the shorter ones typed on the way.
        WindowDriver.waitFor(() -> robot.lookup("#kb-results").queryListView().getItems().size() == 1
                && ((KnowledgeResult) robot.lookup("#kb-results").queryListView().getItems().getFirst()).matchedWords()
                .contains("labels"));
        robot.clickOn(robot.lookup("#kb-results .list-cell")
                .match((javafx.scene.control.ListCell<?> cell) -> cell.getItem() != null && cell.isVisible())
                .queryAs(javafx.scene.Node.class));
        WindowDriver.waitFor(() -> window.visible("#fault-write-article"));
        assertThat(window.text("#fault-heading")).startsWith(resolved.number());

        robot.clickOn("#fault-write-article");
        WindowDriver.waitFor(() -> window.visible("#article-title") && !window.typed("#article-steps").isEmpty());
        assertThat(window.typed("#article-cause")).isEqualTo("Print head worn");
        robot.clickOn("#article-save");

        WindowDriver.waitFor(() -> window.text("#kb-article-title").equals("Zebra label printer prints blank labels"));
        assertThat(window.count("select count(*) from article where source_fault_id = '" + resolved.id()
                + "' and body like 'Cleaned the print head%Prevention: Clean the head every roll'")).isEqualTo(1);
    }
}
