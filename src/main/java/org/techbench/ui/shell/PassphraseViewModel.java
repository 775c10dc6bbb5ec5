package org.techbench.ui.shell;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.techbench.service.encryption.EncryptionService;
import org.techbench.store.DataFolder;
import org.techbench.ui.common.Background;

/** The passphrase asked at start for an encrypted store: three tries, then the window closes. */
public final class PassphraseViewModel {

    private final EncryptionService encryption;
    private final DataFolder folder;
    private final Background background;
    private final Consumer<DataFolder> unlocked;
    private final Runnable triesUsedUp;
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty checking = new SimpleBooleanProperty();
    private final IntegerProperty triesLeft = new SimpleIntegerProperty(EncryptionService.TRIES);
    /** The warm-up done while the passphrase is typed; an unlock waits for it rather than competing for the cores. */
    private final Future<?> preparing;

    public PassphraseViewModel(EncryptionService encryption, DataFolder folder, Background background,
                               Consumer<DataFolder> unlocked, Runnable triesUsedUp) {
        this.encryption = encryption;
        this.folder = folder;
        this.background = background;
        this.unlocked = unlocked;
        this.triesUsedUp = triesUsedUp;
        this.preparing = background.run(() -> {
            encryption.prepareToUnlock();
            return null;
        }, ignored -> { }, ignored -> { });
    }

    /** Why the last try failed, in the user's words; empty before any. */
    public StringProperty problem() {
        return problem;
    }

    /** True while a passphrase is being checked (the key derivation takes a moment on purpose). */
    public BooleanProperty checking() {
        return checking;
    }

    public IntegerProperty triesLeft() {
        return triesLeft;
    }

    public DataFolder folder() {
        return folder;
    }

    public void unlock(String passphrase) {
        if (checking.get() || triesLeft.get() == 0) {
            return;
        }
        checking.set(true);
        char[] typed = passphrase == null ? new char[0] : passphrase.toCharArray();
        background.run(() -> {
            awaitPreparing();
            return encryption.unlock(folder, typed);
        }, opened -> {
            checking.set(false);
            unlocked.accept(opened);
        }, error -> {
            checking.set(false);
            triesLeft.set(triesLeft.get() - 1);
            problem.set(error.getMessage());
            if (triesLeft.get() == 0) {
                triesUsedUp.run();
            }
        });
    }

    private void awaitPreparing() throws InterruptedException {
        try {
            preparing.get();
        } catch (ExecutionException e) {
            // Only the unlock would have been quicker; Background has logged why.
        }
    }
}
