package org.techbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbench.schema.Tables.SYNC_OUTBOX;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.site.Site;

/** Closing a store whose file is mostly old versions gives the space back and keeps every row. */
class StoreCompactionTest {

    @TempDir
    Path folder;

    private final UUID technician = UUID.randomUUID();

    /** A store with one asset archived and brought back {@code saves} times, each its own commit. */
    private Store storeWithSaves(int saves) {
        Store store = TestStores.open(folder);
        TestStores.fillWithOldVersions(store, 1, saves);
        return store;
    }

    private long fileBytes() {
        return folder.resolve("techbench.mv.db").toFile().length();
    }

    @Test
    void aFileThatIsMostlyOldVersionsIsRewrittenSmallerWhenTheStoreCloses() {
        Store store = storeWithSaves(600);
        long before = fileBytes();

        store.close(new Compaction(1 << 20, 50, 200));

        assertThat(before).as("file before closing").isGreaterThan(4L << 20);
        assertThat(fileBytes()).isLessThan(before / 4);
    }

    @Test
    void aRewrittenFileKeepsEveryRowAndEveryChangeWaitingToSync() {
        Store store = storeWithSaves(600);
        int waiting = store.dsl().fetchCount(SYNC_OUTBOX);
        store.close(new Compaction(1 << 20, 50, 200));

        assertThat(waiting).as("changes waiting before closing").isPositive();
        try (Store reopened = TestStores.open(folder)) {
            assertThat(new AssetRepository(reopened).withTag("PC-0")).singleElement()
                    .satisfies(asset -> assertThat(asset.archived()).isFalse());
            assertThat(reopened.dsl().fetchCount(SYNC_OUTBOX)).isEqualTo(waiting);
        }
    }

    /** Adds {@code count} new assets in one write: live pages, written uncompressed. */
    private void addAssets(Store store, int count) {
        Site site = TestStores.site("S2");
        store.write(technician, tx -> {
            new SiteRepository(store).insertAll(tx, List.of(site));
            new AssetRepository(store).insertAll(tx, java.util.stream.IntStream.range(0, count)
                    .mapToObj(i -> TestStores.asset(site.id(), "NEW-" + i)).toList());
            return null;
        });
    }

    @Test
    void aFileGrownToTwiceItsCompactedSizeIsRewrittenThoughMostOfItIsLive() {
        storeWithSaves(600).close(new Compaction(1 << 20, 50, 200));
        long compacted = fileBytes();
        Store store = TestStores.open(folder);
        addAssets(store, 20_000);
        long before = fileBytes();

        store.close(new Compaction(1 << 20, 0, 200));

        assertThat(before).as("file before closing").isGreaterThan(2 * compacted);
        assertThat(fileBytes()).isLessThan(before / 2);
    }

    @Test
    void aFileNotYetTwiceItsCompactedSizeAndMostlyLiveIsLeftAsItIs() {
        storeWithSaves(600).close(new Compaction(1 << 20, 50, 200));
        Store store = TestStores.open(folder);
        addAssets(store, 20_000);
        long before = fileBytes();

        store.close(new Compaction(1 << 20, 0, 100_000));

        assertThat(fileBytes()).isGreaterThanOrEqualTo(before);
    }

    @Test
    void aStoreTellsBeforeClosingWhetherItWillCompact() {
        Compaction policy = new Compaction(1 << 20, 50, 200);
        Store store = storeWithSaves(600);
        boolean beforeCompaction = store.worthCompacting(policy);
        store.close(policy);

        try (Store reopened = TestStores.open(folder)) {
            assertThat(beforeCompaction).isTrue();
            assertThat(reopened.worthCompacting(policy)).isFalse();
        }
    }

    @Test
    void aFileBelowTheSizeWorthRewritingIsLeftAsItIs() {
        Store store = storeWithSaves(600);
        long before = fileBytes();

        store.close(new Compaction(1L << 40, 50, 200));

        assertThat(fileBytes()).isGreaterThanOrEqualTo(before);
    }

    @Test
    void anEncryptedStoreIsRewrittenSmallerAndStaysEncrypted() throws Exception {
        DataFolder unlocked = new StoreEncryption(new KeyFile(1_000)).turnOn(new DataFolder(folder),
                "a passphrase for the test".toCharArray());
        Store store = Store.open(unlocked, java.time.Clock.systemUTC());
        TestStores.fillWithOldVersions(store, 1, 600);
        long before = fileBytes();

        store.close(new Compaction(1 << 20, 50, 200));

        assertThat(fileBytes()).isLessThan(before / 4);
        assertThat(StoreEncryption.isEncrypted(folder.resolve("techbench.mv.db"))).isTrue();
        try (Store reopened = Store.open(unlocked, java.time.Clock.systemUTC())) {
            assertThat(new AssetRepository(reopened).withTag("PC-0")).singleElement()
                    .satisfies(asset -> assertThat(asset.archived()).isFalse());
        }
    }

    @Test
    void aStoreLeftMidCompactionOpensWithItsRowsAndWithoutTheHalfWrittenCopy() throws Exception {
        storeWithSaves(10).close(new Compaction(1L << 40, 50, 200));
        Path halfWritten = folder.resolve("techbench.mv.db.tempFile");
        Files.write(halfWritten, new byte[64 * 1024]);

        try (Store reopened = TestStores.open(folder)) {
            assertThat(new AssetRepository(reopened).withTag("PC-0")).hasSize(1);
        }
        assertThat(halfWritten).doesNotExist();
    }
}
