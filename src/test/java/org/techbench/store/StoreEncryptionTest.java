package org.techbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Turning encryption on rewrites a closed store file whole, or leaves it as it was. */
class StoreEncryptionTest {

    @TempDir
    Path folder;

    private static final char[] PASSPHRASE = "a passphrase for the test".toCharArray();

    private void plainStoreWithAssets(int count) {
        try (Store store = TestStores.open(folder)) {
            TestStores.fillWithOldVersions(store, count, 0);
        }
    }

    @Test
    void aStoreFileIsEncryptedWithEveryRowKept() throws Exception {
        plainStoreWithAssets(3_000);

        DataFolder unlocked = new StoreEncryption(new KeyFile(1_000)).turnOn(new DataFolder(folder), PASSPHRASE);

        assertThat(StoreEncryption.isEncrypted(folder.resolve("techbench.mv.db"))).isTrue();
        try (Store store = Store.open(unlocked, Clock.systemUTC())) {
            assertThat(new AssetRepository(store).withTag("PC-2999")).hasSize(1);
        }
        assertThat(folder.resolve("techbench.mv.db.encrypting")).doesNotExist();
    }

    @Test
    void anEncryptedCopyCutOffHalfWayIsWrittenAnewWhenTheStoreNextOpens() throws Exception {
        plainStoreWithAssets(3_000);
        StoreKey key = StoreKey.random();
        new KeyFile(1_000).write(folder.resolve("techbench.key"), key, PASSPHRASE);
        // What a laptop switched off during the copy leaves: the plain store and part of its encrypted copy.
        Path partial = folder.resolve("techbench.mv.db.encrypting");
        byte[] cutOff = java.util.Arrays.copyOf("H2encrypt\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 64 * 1024 + 100);
        Files.write(partial, cutOff);

        DataFolder unlocked = new DataFolder(folder).unlocked(KeyFile.unlock(folder.resolve("techbench.key"), PASSPHRASE));
        try (Store store = Store.open(unlocked, Clock.systemUTC())) {
            assertThat(new AssetRepository(store).withTag("PC-2999")).hasSize(1);
        }
        assertThat(StoreEncryption.isEncrypted(folder.resolve("techbench.mv.db"))).isTrue();
        assertThat(partial).doesNotExist();
    }
}
