package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.i18n.Texts;
import org.techbench.service.Preferences;
import org.techbench.service.PreferencesFile;
import org.techbench.service.Progress;
import org.techbench.service.Workbench;
import org.techbench.service.demo.DemoDataOptions;
import org.techbench.service.encryption.EncryptionService;
import org.techbench.store.DataFolder;
import org.techbench.store.KeyFile;
import org.techbench.ui.shell.WorkbenchApplication;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** An encrypted store in the real window (Monocle, headless): its passphrase at start, and encryption turned on in Settings. */
class EncryptionWindowTest {

    private static final char[] PASSPHRASE = "correct horse battery".toCharArray();

    @TempDir
    Path data;

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application application;
    private WindowDriver driver;

    @BeforeEach
    void fillAStore() {
        try (Workbench workbench = Workbench.open(new DataFolder(data), Clock.systemDefaultZone(), "tester")) {
            workbench.demoData().create(new DemoDataOptions(1, 12, 2, 3, LocalDate.now()), workbench.technicians().currentId(),
                    Progress.NONE);
        }
        new PreferencesFile(data.resolve("settings.properties")).save(Preferences.defaults());
        driver = new WindowDriver(robot, data);
    }

    private void encrypt() {
        // Few iterations: the window reads the count from the key file, and the test need not wait for it.
        new EncryptionService(new KeyFile(1_000), () -> Texts.refusals(Locale.ENGLISH))
                .turnOn(new DataFolder(data), PASSPHRASE, PASSPHRASE);
    }

    private void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(WorkbenchApplication.class, data.toString());
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    private void scrollToTheEnd(String query) {
        for (javafx.scene.Node node = robot.lookup(query).query(); node != null; node = node.getParent()) {
            if (node instanceof javafx.scene.control.ScrollPane scroll) {
                scroll.setVvalue(scroll.getVmax());
                scroll.layout();
            }
        }
    }

    private void give(String passphrase) throws Exception {
        WindowDriver.waitFor(() -> driver.visible("#passphrase") && !robot.lookup("#passphrase").query().isDisabled());
        robot.clickOn("#passphrase").write(passphrase).type(KeyCode.ENTER);
    }

    @Test
    void anEncryptedStoreOpensOnceItsPassphraseIsGiven() throws Exception {
        encrypt();
        open();

        give("correct horse batteries");
        WindowDriver.waitFor(() -> driver.text("#passphrase-problem").equals("That passphrase does not unlock this store. "
                + "Check the keyboard layout and Caps Lock, and try again. Tries left: 2."));
        assertThat(driver.visible("#tile-assets")).isFalse();

        give("correct horse battery");
        WindowDriver.waitFor(() -> driver.visible("#tile-assets"));
    }

    @Test
    void threeWrongPassphrasesLeaveTheStoreLocked() throws Exception {
        encrypt();
        open();

        for (int attempt = 1; attempt <= 3; attempt++) {
            give("wrong passphrase " + attempt);
            int left = 3 - attempt;
            if (left > 0) {
                WindowDriver.waitFor(() -> driver.text("#passphrase-problem").endsWith("Tries left: " + left + "."));
            }
        }

        WindowDriver.waitFor(() -> driver.visible("#open-failure"));
        assertThat(driver.text("#open-failure")).isEqualTo("Three wrong passphrases: the store stays locked. Close TechBench "
                + "and start it again to try again. Nobody can recover a forgotten passphrase.");
    }

    @Test
    void settingsEncryptsThePlainStoreAndOpensItAgain() throws Exception {
        open();
        WindowDriver.waitFor(() -> driver.visible("#tile-assets"));
        robot.clickOn("#nav-settings");
        WindowDriver.waitFor(() -> driver.visible("#encrypt-store"));
        assertThat(driver.text("#encryption-state")).startsWith("The store and its attachments are not encrypted");
        robot.interact(() -> {
            driver.type("#encryption-new", "staple of the west");
            driver.type("#encryption-again", "staple of the west");
            scrollToTheEnd("#encrypt-store"); // the last section of Settings
        });

        robot.clickOn("#encrypt-store");
        WindowDriver.waitFor(() -> robot.lookup(".dialog-pane .button").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(button -> "Encrypt the store".equals(button.getText())).findFirst().orElseThrow());

        // The window opens again where it was: on Settings, now saying the store is encrypted.
        WindowDriver.waitFor(() -> robot.lookup("#change-passphrase").tryQuery().isPresent());
        assertThat(new DataFolder(data).encrypted()).isTrue();
        assertThat(driver.text("#encryption-state")).startsWith("The store and its attachments are encrypted (key ");
    }

    @Test
    void aPassphraseChosenInTheWelcomeEncryptsTheNewStore() throws Exception {
        Path fresh = data.resolve("fresh");
        var welcomed = new WindowDriver(robot, fresh);
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(WorkbenchApplication.class, fresh.toString());
        WindowDriver.waitFor(() -> welcomed.visible("#welcome-next"));
        robot.clickOn("#welcome-next");
        WindowDriver.waitFor(() -> welcomed.visible("#welcome-passphrase"));
        robot.interact(() -> {
            welcomed.type("#welcome-name", "Lin Wei");
            welcomed.type("#welcome-passphrase", "staple of the west");
            welcomed.type("#welcome-passphrase-again", "staple of the west");
        });
        robot.clickOn("#welcome-next");
        WindowDriver.waitFor(() -> welcomed.visible("#welcome-skip"));

        robot.clickOn("#welcome-skip");

        WindowDriver.waitFor(() -> welcomed.visible("#tile-assets"));
        assertThat(new DataFolder(fresh).encrypted()).isTrue();
        assertThat(org.techbench.store.StoreEncryption.isEncrypted(new DataFolder(fresh).database())).isTrue();
    }
}
