package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.site.Site;
import org.techbench.domain.sync.SyncMerge;
import org.techbench.i18n.Texts;
import org.techbench.service.Progress;
import org.techbench.service.Workbench;
import org.techbench.service.sync.HubFixture;
import org.techbench.store.DataFolder;
import org.techbench.ui.assets.AssetPlace;
import org.techbench.ui.common.Background;
import org.techbench.ui.common.Navigator;
import org.techbench.ui.common.Theme;
import org.techbench.ui.sync.SyncView;
import org.techbench.ui.sync.SyncViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Drives the Sync screen (Monocle, headless) against a real hub on loopback, as a technician would. */
class SyncWindowTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private HubFixture hub;
    private Workbench mine;
    private Workbench colleague;
    private Background background;
    private Asset asset;
    private final Navigator navigator = new Navigator();

    @BeforeEach
    void showTheSyncScreen() throws Exception {
        hub = new HubFixture(folder.resolve("hub"), Clock.systemUTC()).withManager("lin").withManager("wei");
        // The colleague's laptop runs a minute ahead (within what the hub allows), so their edit made
        // after mine is the later one by the clocks too, however fast the machine runs the test.
        colleague = Workbench.open(new DataFolder(folder.resolve("colleague")),
                Clock.offset(Clock.systemDefaultZone(), Duration.ofMinutes(1)), "wei");
        Site site = colleague.sites().save(new Site(null, "N1", "North plant", "1 River Road", ZoneId.of("Asia/Shanghai"),
                "Li Na", null, null, false));
        asset = colleague.assets().save(new Asset(null, site.id(), "N1-SRV-1", "File server", AssetKind.SERVER, "HPE",
                "DL380", "CZ1", "Rack 1", "10.0.0.9", null, AssetStatus.IN_SERVICE, LocalDate.of(2024, 1, 1), null, null, false));
        colleague.sync().signIn(hub.url, "wei", HubFixture.PASSWORD.toCharArray());
        colleague.sync().sync(Progress.NONE);
        FxToolkit.registerPrimaryStage();
        background = new Background(Platform::runLater);
    }

    /** Opens my laptop's store and shows its Sync screen in a language. */
    private void showMyLaptopIn(Locale language) throws Exception {
        openMyLaptop(language);
        showMyLaptop(language);
    }

    private void openMyLaptop(Locale language) {
        mine = Workbench.open(new DataFolder(folder.resolve("mine")), Clock.systemDefaultZone(), "lin", backups -> { },
                () -> language);
    }

    private void showMyLaptop(Locale language) throws Exception {
        FxToolkit.setupStage(stage -> {
            Theme.apply(false);
            SyncView view = new SyncView(new SyncViewModel(mine.sync(), background, Clock.systemUTC(), () -> { }),
                    Texts.window(language), navigator);
            Scene scene = new Scene(new javafx.scene.layout.StackPane(view.node()), 1280, 800);
            scene.getStylesheets().add(Theme.class.getResource(Theme.STYLESHEET).toExternalForm());
            stage.setScene(scene);
            stage.show();
            view.activate();
            stage.requestFocus();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        background.close();
        if (mine != null) {
            mine.close();
        }
        colleague.close();
        hub.close();
    }

    @Test
    void signInSyncSeeAConflictAndRestoreMyValue() throws Exception {
        showMyLaptopIn(Locale.ENGLISH);
        waitFor(() -> text("#sync-state").equals("Not connected to a hub"));
        signIn(hub.url, "lin", "wrong password");
        waitFor(() -> text("#sync-message").equals("Wrong user name or password."));

        signIn(hub.url, "lin", HubFixture.PASSWORD);
        waitFor(() -> text("#sync-state").startsWith("Synced at"));
        assertThat(mine.assets().detail(asset.id()).asset().name()).isEqualTo("File server");

        mine.assets().save(renamed(mine.assets().detail(asset.id()).asset(), "My name"));
        colleague.assets().save(renamed(colleague.assets().detail(asset.id()).asset(), "Their name"));
        colleague.sync().sync(Progress.NONE);
        robot.clickOn("#sync-now");
        waitFor(() -> conflicts().getItems().size() == 1);
        assertThat(mine.assets().detail(asset.id()).asset().name()).isEqualTo("Their name");

        robot.interact(() -> conflicts().getSelectionModel().select(0));
        robot.clickOn("#restore-conflict");
        waitFor(() -> conflicts().getItems().isEmpty());
        assertThat(mine.assets().detail(asset.id()).asset().name()).isEqualTo("My name");
        robot.clickOn("#sync-now");
        waitFor(() -> text("#sync-pending").equals("0 changes waiting to go up") && text("#sync-state").startsWith("Synced"));
        colleague.sync().sync(Progress.NONE);
        assertThat(colleague.assets().detail(asset.id()).asset().name()).isEqualTo("My name");
    }

    @Test
    void aTechnicianWorkingInChineseReadsTheHubsAndTheLaptopsProblemsInChinese() throws Exception {
        showMyLaptopIn(Locale.SIMPLIFIED_CHINESE);
        waitFor(() -> text("#sync-state").equals("尚未连接同步中心"));
        signIn(hub.url, "lin", "wrong password");
        waitFor(() -> text("#sync-message").equals("用户名或密码错误。"));

        String nobodyListens = "http://127.0.0.1:" + portNobodyListensOn();
        signIn(nobodyListens, "lin", HubFixture.PASSWORD);
        waitFor(() -> text("#sync-message").startsWith("无法连接位于 " + nobodyListens + " 的同步中心"));
    }

    @Test
    void theSiteAndAssetISetUpAsWellAreMergedIntoTheColleaguesAndListedEachOpeningItsRecord() throws Exception {
        openMyLaptop(Locale.ENGLISH);
        Site mySite = mine.sites().save(new Site(null, "N1", "North plant (mine)", null, ZoneId.of("Asia/Shanghai"),
                null, null, null, false));
        mine.assets().save(new Asset(null, mySite.id(), "N1-SRV-1", "File server", AssetKind.SERVER, "HPE",
                "DL380", "CZ1", "Rack 1", "10.0.0.9", null, AssetStatus.IN_SERVICE, LocalDate.of(2024, 1, 1), null, null, false));
        showMyLaptop(Locale.ENGLISH);
        signIn(hub.url, "lin", HubFixture.PASSWORD);
        waitFor(() -> text("#sync-state").startsWith("Synced at"));
        waitFor(() -> merges().getItems().size() == 2);
        assertThat(mine.sites().all()).extracting(Site::code).containsExactly("N1");

        robot.clickOn("Merged duplicates (2)");
        robot.interact(() -> merges().getSelectionModel().select(merges().getItems().stream()
                .filter(m -> ((SyncMerge) m).table().equals("asset")).findFirst().orElseThrow()));
        robot.clickOn("#open-merged");
        waitFor(() -> new AssetPlace(asset.id()).equals(navigator.current().get()));
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> merges() {
        return robot.lookup("#merges").queryAs(TableView.class);
    }

    /** Fills in the Sign-in form and presses its button. */
    @Test
    void aSignedInTechnicianChangesTheirOwnPassword() throws Exception {
        showMyLaptopIn(Locale.ENGLISH);
        signIn(hub.url, "lin", HubFixture.PASSWORD);
        waitFor(() -> text("#sync-state").startsWith("Synced at"));

        robot.clickOn("#change-password");
        waitFor(() -> robot.lookup("#current-password").tryQuery().isPresent());
        robot.interact(() -> {
            field("#current-password").setText(HubFixture.PASSWORD);
            field("#new-password").setText("a new password 9");
            field("#repeat-password").setText("a new password 9");
        });
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(button -> "OK".equals(button.getText())).findFirst().orElseThrow());

        waitFor(() -> text("#sync-message").equals("Your password was changed on the hub."));
        try (Workbench other = Workbench.open(new DataFolder(folder.resolve("other")), Clock.systemDefaultZone(), "lin")) {
            other.sync().signIn(hub.url, "lin", "a new password 9".toCharArray());
            assertThat(other.sync().standing().userName()).isEqualTo("lin");
        }
    }

    private void signIn(String url, String user, String password) {
        robot.interact(() -> {
            field("#hub-url").setText(url);
            field("#hub-user").setText(user);
            field("#hub-password").setText(password);
        });
        robot.clickOn("#sign-in");
    }

    private static int portNobodyListensOn() throws java.io.IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Asset renamed(Asset a, String name) {
        return new Asset(a.id(), a.siteId(), a.tag(), name, a.kind(), a.make(), a.model(), a.serial(), a.location(),
                a.ipAddress(), a.hostname(), a.status(), a.purchasedOn(), a.warrantyEndsOn(), a.notes(), a.archived());
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> conflicts() {
        return robot.lookup("#conflicts").queryAs(TableView.class);
    }

    private TextField field(String query) {
        return robot.lookup(query).queryAs(TextField.class);
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        // On the FX thread: a lookup never walks a scene being redrawn.
        WindowDriver.waitFor(15, condition);
    }
}
