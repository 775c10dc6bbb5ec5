package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.people.HubAccount;
import org.techbench.domain.people.TeamMember;
import org.techbench.i18n.Texts;
import org.techbench.service.Workbench;
import org.techbench.service.sync.HubFixture;
import org.techbench.store.DataFolder;
import org.techbench.sync.HubApi;
import org.techbench.ui.common.Background;
import org.techbench.ui.common.Theme;
import org.techbench.ui.team.TeamView;
import org.techbench.ui.team.TeamViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Drives the Team screen (Monocle, headless) against a real hub on loopback, as a support manager would. */
class TeamWindowTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private HubFixture hub;
    private Workbench laptop;
    private Background background;

    @BeforeEach
    void start() throws Exception {
        hub = new HubFixture(folder.resolve("hub"), Clock.systemUTC()).withManager("lin").withEngineer("ben", "H1");
        laptop = Workbench.open(new DataFolder(folder.resolve("laptop")), Clock.systemDefaultZone(), "lin");
        FxToolkit.registerPrimaryStage();
        background = new Background(Platform::runLater);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        background.close();
        laptop.close();
        hub.close();
    }

    @Test
    void onlyASupportManagerIsOfferedTheTeamScreen() {
        try (Workbench bens = Workbench.open(new DataFolder(folder.resolve("ben")), Clock.systemDefaultZone(), "ben")) {
            bens.sync().signIn(hub.url, "ben", HubFixture.PASSWORD.toCharArray());
            assertThat(bens.sync().standing().manager()).isFalse();
        }
        laptop.sync().signIn(hub.url, "lin", HubFixture.PASSWORD.toCharArray());
        assertThat(laptop.sync().standing().manager()).isTrue();
    }

    @Test
    void aManagerAddsATechnicianAndDisablesThem() throws Exception {
        laptop.sync().signIn(hub.url, "lin", HubFixture.PASSWORD.toCharArray());
        FxToolkit.setupStage(stage -> {
            Theme.apply(false);
            TeamView view = new TeamView(new TeamViewModel(laptop.team(), background), Texts.window(Locale.ENGLISH));
            Scene scene = new Scene(new javafx.scene.layout.StackPane(view.node()), 1280, 800);
            scene.getStylesheets().add(Theme.class.getResource(Theme.STYLESHEET).toExternalForm());
            stage.setScene(scene);
            stage.show();
            view.activate();
        });
        waitFor(() -> users().size() == 2);

        robot.clickOn("#team-name").write("ken");
        robot.clickOn("#team-sites").write("H1, H2");
        robot.clickOn("#team-password").write("first password 1");
        robot.clickOn("#team-add");
        waitFor(() -> users().stream().anyMatch(user -> user.name().equals("ken")));
        assertThat(text("#team-done")).isEqualTo("ken was added.");

        int row = users().indexOf(users().stream().filter(user -> user.name().equals("ken")).findFirst().orElseThrow());
        robot.interact(() -> robot.lookup("#team-users").queryAs(TableView.class).getSelectionModel().select(row));
        robot.clickOn("#team-disable");
        waitFor(() -> hub.host.users().stream().filter(user -> user.name().equals("ken")).anyMatch(HubAccount::disabled));
        assertThat(hub.host.users()).filteredOn(user -> user.name().equals("ken")).singleElement()
                .satisfies(ken -> assertThat(ken.siteCodes()).containsExactly("H1", "H2"));
    }

    @SuppressWarnings("unchecked")
    private java.util.List<TeamMember> users() {
        return robot.lookup("#team-users").queryAs(TableView.class).getItems();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WindowDriver.waitFor(15, condition);
    }
}
