package org.techbench.ui.settings;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.techbench.service.RefusedException;
import org.techbench.service.encryption.EncryptionService;
import org.techbench.store.DataFolder;
import org.techbench.ui.common.Background;

/**
 * Settings' encryption: turning it on for a plain store (the window closes the store, encrypts it
 * and opens it again), and changing the passphrase of an encrypted one.
 */
public final class EncryptionSettingsViewModel {

    private final EncryptionService encryption;
    private final Background background;
    private final Supplier<DataFolder> folder;
    private final Consumer<char[]> turnOn;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty next = new SimpleStringProperty("");
    private final StringProperty again = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty changed = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** {@code turnOn} gets a checked new passphrase and encrypts the store with it, closing and reopening it. */
    public EncryptionSettingsViewModel(EncryptionService encryption, Background background, Supplier<DataFolder> folder,
                                       Consumer<char[]> turnOn) {
        this.encryption = encryption;
        this.background = background;
        this.folder = folder;
        this.turnOn = turnOn;
    }

    public boolean encrypted() {
        return folder.get().key() != null;
    }

    /** The key's fingerprint, which backups record; empty for a plain store. */
    public String fingerprint() {
        return encrypted() ? folder.get().key().fingerprint() : "";
    }

    public StringProperty current() {
        return current;
    }

    public StringProperty next() {
        return next;
    }

    public StringProperty again() {
        return again;
    }

    /** Why the last action was refused; empty when it was not. */
    public StringProperty problem() {
        return problem;
    }

    /** Set once the passphrase has been changed. */
    public BooleanProperty changed() {
        return changed;
    }

    public BooleanProperty busy() {
        return busy;
    }

    /** Checks the new passphrase; {@code confirmed} is asked before the store is encrypted with it. */
    public void turnOn(Supplier<Boolean> confirmed) {
        char[] chosen = chars(next);
        try {
            encryption.check(chosen, chars(again));
        } catch (RefusedException e) {
            problem.set(e.getMessage());
            return;
        }
        problem.set("");
        if (confirmed.get()) {
            next.set("");
            again.set("");
            turnOn.accept(chosen);
        }
    }

    public void changePassphrase() {
        if (busy.get()) {
            return;
        }
        char[] was = chars(current);
        char[] chosen = chars(next);
        char[] repeated = chars(again);
        busy.set(true);
        changed.set(false);
        background.run(() -> {
            encryption.changePassphrase(folder.get(), was, chosen, repeated);
            return true;
        }, done -> {
            busy.set(false);
            problem.set("");
            current.set("");
            next.set("");
            again.set("");
            changed.set(true);
        }, error -> {
            busy.set(false);
            problem.set(error.getMessage());
        });
    }

    private static char[] chars(StringProperty field) {
        return field.get() == null ? new char[0] : field.get().toCharArray();
    }
}
