package org.techbench.service.encryption;

import java.util.Arrays;
import java.util.function.Supplier;
import org.techbench.i18n.Texts;
import org.techbench.service.RefusedException;
import org.techbench.store.DataFolder;
import org.techbench.store.KeyFile;
import org.techbench.store.StoreEncryption;
import org.techbench.store.StoreException;
import org.techbench.store.StoreProblem;
import org.techbench.store.StoreWarmUp;

/**
 * Encryption at rest for a data folder: turning it on (with the store closed), unlocking it with
 * the passphrase at start, and changing the passphrase, under one set of passphrase rules.
 */
public final class EncryptionService {

    /** The shortest passphrase taken: it guards a stolen laptop's data against guessing offline. */
    public static final int MIN_LENGTH = 8;
    /** Wrong passphrases given before the window or a command stops asking. */
    public static final int TRIES = 3;

    private final StoreEncryption encryption;
    private final Supplier<Texts> refusals;

    public EncryptionService(KeyFile keyFile, Supplier<Texts> refusals) {
        this.encryption = new StoreEncryption(keyFile);
        this.refusals = refusals;
    }

    /** The folder with its key, unlocked by {@code passphrase}; a wrong one is refused in the user's words. */
    public DataFolder unlock(DataFolder folder, char[] passphrase) {
        try {
            return folder.unlocked(KeyFile.unlock(folder.keyFile(), passphrase));
        } catch (StoreException e) {
            if (e.problem() == StoreProblem.WRONG_PASSPHRASE) {
                throw new RefusedException(refusals.get(), "refusal.wrongPassphrase");
            }
            throw e;
        }
    }

    /**
     * Does ahead, without the passphrase, what unlocking and opening the store will need (see
     * {@link StoreWarmUp}); meant for while the passphrase is being typed.
     */
    public void prepareToUnlock() {
        StoreWarmUp.run();
    }

    /** Encrypts the closed store of {@code folder} and its attachments; returns the folder unlocked. */
    public DataFolder turnOn(DataFolder folder, char[] passphrase, char[] again) {
        if (folder.encrypted()) {
            throw new RefusedException(refusals.get(), "refusal.alreadyEncrypted", folder.root());
        }
        check(passphrase, again);
        return encryption.turnOn(folder, passphrase);
    }

    /** Wraps the store's key with a new passphrase; the current one must be right. */
    public void changePassphrase(DataFolder folder, char[] current, char[] next, char[] again) {
        if (!folder.encrypted()) {
            throw new RefusedException(refusals.get(), "refusal.notEncrypted", folder.root());
        }
        check(next, again);
        unlock(folder, current);
        encryption.changePassphrase(folder, current, next);
    }

    /** Refuses a new passphrase that is too short or not typed the same twice, before anything is changed. */
    public void check(char[] passphrase, char[] again) {
        if (passphrase.length < MIN_LENGTH) {
            throw new RefusedException(refusals.get(), "refusal.passphraseShort", MIN_LENGTH);
        }
        if (!Arrays.equals(passphrase, again)) {
            throw new RefusedException(refusals.get(), "refusal.passphraseMismatch");
        }
    }
}
