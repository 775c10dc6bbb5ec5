package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.i18n.Texts;
import org.techbench.service.encryption.EncryptionService;
import org.techbench.store.DataFolder;
import org.techbench.store.KeyFile;
import org.techbench.ui.common.Background;
import org.techbench.ui.shell.PassphraseViewModel;

/** The passphrase asked at start: it unlocks however soon it is entered, and wrong ones cost a try. */
class PassphraseViewModelTest {

    private static final String PASSPHRASE = "a passphrase for the test";

    @TempDir
    Path temp;

    private final Background background = new Background(Runnable::run);
    private final EncryptionService encryption = new EncryptionService(new KeyFile(1_000), () -> Texts.refusals(Locale.ENGLISH));
    private final AtomicReference<DataFolder> unlocked = new AtomicReference<>();

    @AfterEach
    void close() {
        background.close();
    }

    private PassphraseViewModel askFor(Path folder) {
        encryption.turnOn(new DataFolder(folder), PASSPHRASE.toCharArray(), PASSPHRASE.toCharArray());
        return new PassphraseViewModel(encryption, new DataFolder(folder), background, unlocked::set, () -> { });
    }

    @Test
    void aPassphraseEnteredWhileTheStoreIsStillBeingPreparedUnlocksIt() throws Exception {
        PassphraseViewModel model = askFor(temp.resolve("laptop"));

        model.unlock(PASSPHRASE);

        Await.until(() -> unlocked.get() != null);
        assertThat(unlocked.get().key()).isNotNull();
        assertThat(model.checking().get()).isFalse();
    }

    @Test
    void aWrongPassphraseCostsATryAndSaysWhy() throws Exception {
        PassphraseViewModel model = askFor(temp.resolve("laptop"));

        model.unlock("not the passphrase");

        Await.until(() -> !model.problem().get().isEmpty());
        assertThat(model.triesLeft().get()).isEqualTo(2);
        assertThat(unlocked.get()).isNull();
    }
}
