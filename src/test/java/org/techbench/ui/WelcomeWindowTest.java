package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import javafx.scene.control.CheckBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.people.Role;
import org.techbench.service.Preferences;
import org.techbench.service.Progress;
import org.techbench.service.Workbench;
import org.techbench.service.demo.DemoDataOptions;
import org.techbench.service.sync.HubFixture;
import org.techbench.store.DataFolder;
import org.techbench.ui.shell.WorkbenchApplication;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The first start of the real window (Monocle, headless) on an empty store: the welcome, to the end. */
class WelcomeWindowTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application application;
    private WindowDriver driver;

    @BeforeEach
    void registerStage() throws Exception {
        FxToolkit.registerPrimaryStage();
        driver = new WindowDriver(robot, folder.resolve("mine"));
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        FxToolkit.cleanupStages();
    }

    private void openWindow() throws Exception {
        application = FxToolkit.setupApplication(WorkbenchApplication.class, folder.resolve("mine").toString());
    }

    private void closeTheWindow() throws Exception {
        FxToolkit.cleanupApplication(application);
        application = null;
    }

    @Test
    void aNewTechnicianIsWelcomedGivesTheirProfileAndJoinsTheTeamsHubWithAFirstSync() throws Exception {
        try (HubFixture hub = new HubFixture(folder.resolve("hub"), Clock.systemUTC()).withManager("wei")
                .withEngineer("lin", "S001", "S002");
             Workbench colleague = Workbench.open(new DataFolder(folder.resolve("colleague")), Clock.systemDefaultZone(), "wei")) {
            colleague.demoData().create(new DemoDataOptions(2, 40, 4, 7, LocalDate.now()), colleague.technicians().currentId(),
                    Progress.NONE);
            colleague.sync().signIn(hub.url, "wei", HubFixture.PASSWORD.toCharArray());
            colleague.sync().sync(Progress.NONE);

            openWindow();
            WindowDriver.waitFor(() -> driver.visible("#welcome-next"));
            robot.clickOn("#welcome-next");
            WindowDriver.waitFor(() -> driver.visible("#welcome-name"));
            driver.type("#welcome-name", "Lin Wei");
            driver.choose("#welcome-role", Role.ENGINEER);
            robot.clickOn("#welcome-skill-HARDWARE");
            robot.clickOn("#welcome-skill-SOFTWARE");
            robot.clickOn("#welcome-next");
            WindowDriver.waitFor(() -> driver.visible("#welcome-connect"));
            assertThat(driver.count("select count(*) from technician where name = 'Lin Wei' and role = 'ENGINEER'"
                    + " and skills = 'NETWORK'")).isEqualTo(1);

            driver.type("#welcome-hub-url", hub.url);
            driver.type("#welcome-hub-user", "lin");
            driver.type("#welcome-hub-password", "not the password");
            robot.clickOn("#welcome-connect");
            WindowDriver.waitFor(() -> driver.text("#welcome-hub-note").equals("Wrong user name or password."));
            assertThat(driver.visible("#welcome-open")).isFalse();

            driver.type("#welcome-hub-password", HubFixture.PASSWORD);
            robot.clickOn("#welcome-connect");
            WindowDriver.waitFor(30, () -> driver.visible("#welcome-open"));
            assertThat(driver.text("#welcome-hub-note")).startsWith("First sync done:").endsWith("records received.");
            assertThat(driver.count("select count(*) from asset")).isEqualTo(40);

            robot.clickOn("#welcome-open");
            WindowDriver.waitFor(() -> driver.visible("#tile-assets"));
            assertThat(driver.visible("#welcome")).isFalse();
            assertThat(Files.readString(folder.resolve("mine").resolve("settings.properties"))).contains("welcome.done=true");
        }
    }

    @Test
    void demoDataChosenInTheWelcomeFillsTheStoreAndTheDashboardShowsIt() throws Exception {
        openWindow();
        WindowDriver.waitFor(() -> driver.visible("#welcome-next"));
        robot.clickOn("#welcome-next");
        WindowDriver.waitFor(() -> driver.visible("#welcome-name"));
        robot.clickOn("#welcome-next");
        WindowDriver.waitFor(() -> driver.visible("#welcome-demo"));
        robot.clickOn("#welcome-demo");
        WindowDriver.waitFor(60, () -> driver.visible("#welcome-open"));
        assertThat(driver.text("#welcome-demo-note")).isEqualTo("Made 5 sites and 500 assets with 50 faults.");
        assertThat(driver.count("select count(*) from asset")).isEqualTo(500);

        robot.clickOn("#welcome-open");
        WindowDriver.waitFor(() -> driver.text("#tile-assets").equals("500"));
    }

    @Test
    void theWelcomeShowsOnceAndSettingsOpenItAgainWithoutDemoDataForAStoreThatHasRecords() throws Exception {
        openWindow();
        WindowDriver.waitFor(() -> driver.visible("#welcome-next"));
        robot.clickOn("#welcome-next");
        WindowDriver.waitFor(() -> driver.visible("#welcome-name"));
        robot.clickOn("#welcome-next");
        WindowDriver.waitFor(() -> driver.visible("#welcome-skip"));
        robot.clickOn("#welcome-skip");
        WindowDriver.waitFor(() -> driver.visible("#tile-assets"));
        WindowDriver.waitFor(() -> robot.lookup("#table-by-site").tryQuery().isPresent());
        assertThat(((javafx.scene.control.Label) robot.lookup("#table-by-site").queryAs(javafx.scene.control.TableView.class)
                .getPlaceholder()).getText()).isEqualTo("No sites yet.");
        closeTheWindow();

        try (Workbench workbench = Workbench.open(new DataFolder(folder.resolve("mine")), Clock.systemDefaultZone(), "tester")) {
            workbench.demoData().create(new DemoDataOptions(1, 10, 1, 3, LocalDate.now()), workbench.technicians().currentId(),
                    Progress.NONE);
        }
        openWindow();
        WindowDriver.waitFor(() -> driver.visible("#tile-assets"));
        assertThat(driver.visible("#welcome")).isFalse();

        robot.clickOn("#nav-settings");
        WindowDriver.waitFor(() -> driver.visible("#reopen-welcome"));
        robot.clickOn("#reopen-welcome");
        WindowDriver.waitFor(() -> driver.visible("#welcome-next"));
        robot.clickOn("#welcome-next");
        WindowDriver.waitFor(() -> driver.visible("#welcome-name"));
        robot.clickOn("#welcome-next");
        WindowDriver.waitFor(() -> driver.visible("#welcome-demo"));
        assertThat(robot.lookup("#welcome-demo").queryButton().isDisabled()).isTrue();
        assertThat(driver.text("#welcome-demo-note"))
                .isEqualTo("Demo data goes only into an empty store, and this one already holds records.");
    }

    @Test
    void choosingChineseOnTheFirstPageShowsTheWelcomeInChineseAndKeepsIt() throws Exception {
        openWindow();
        WindowDriver.waitFor(() -> driver.visible("#welcome-language"));
        robot.interact(() -> driver.choose("#welcome-language", Preferences.SIMPLIFIED_CHINESE));
        WindowDriver.waitFor(() -> robot.lookup("#welcome-next").queryButton().getText().equals("下一步"));
        robot.clickOn("#welcome-next");
        WindowDriver.waitFor(() -> driver.visible("#welcome-skill-NETWORK"));
        assertThat(robot.lookup("#welcome-skill-NETWORK").queryAs(CheckBox.class).getText()).isEqualTo("网络");
        assertThat(Files.readString(folder.resolve("mine").resolve("settings.properties"))).contains("language=zh-CN");
    }
}
