package org.techbench.bench;

import java.util.Locale;
import org.techbench.i18n.Texts;
import org.techbench.service.encryption.EncryptionService;
import org.techbench.store.DataFolder;
import org.techbench.store.KeyFile;

/** Unlocks an encrypted benchmark store with {@code $TECHBENCH_PASSPHRASE}, timing the key's derivation apart from the opening. */
final class EncryptedStores {

    private EncryptedStores() {
    }

    /** What the window and a terminal prompt do while the passphrase is typed ({@link EncryptionService#prepareToUnlock}), timed. */
    static void prepare() {
        long start = System.nanoTime();
        service().prepareToUnlock();
        System.out.printf("| prepared while the passphrase is typed | %d ms |%n", (System.nanoTime() - start) / 1_000_000);
    }

    static DataFolder unlock(DataFolder folder) {
        if (!folder.encrypted()) {
            return folder;
        }
        long start = System.nanoTime();
        DataFolder unlocked = service().unlock(folder, System.getenv("TECHBENCH_PASSPHRASE").toCharArray());
        System.out.printf("| passphrase checked (PBKDF2, %,d iterations) | %d ms |%n", KeyFile.DEFAULT_ITERATIONS,
                (System.nanoTime() - start) / 1_000_000);
        return unlocked;
    }

    private static EncryptionService service() {
        return new EncryptionService(new KeyFile(KeyFile.DEFAULT_ITERATIONS), () -> Texts.refusals(Locale.ENGLISH));
    }
}
