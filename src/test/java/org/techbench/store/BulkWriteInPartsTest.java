package org.techbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.techbench.schema.Tables.ASSET;
import static org.techbench.schema.Tables.SYNC_BULK_WRITE;
import static org.techbench.schema.Tables.SYNC_OUTBOX;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.site.Site;
import org.techbench.domain.sync.Mutation;
import org.techbench.replication.Replica;

/**
 * A bulk write committed in parts (an import) is still whole or absent: a failure after some parts
 * takes them back, so does the next open after the laptop stopped mid-write, and sync sends none of
 * it before its end.
 */
class BulkWriteInPartsTest {

    @TempDir
    Path folder;
    @TempDir
    Path stopped;

    private Store store;
    private AssetRepository assets;
    private SiteRepository sites;
    private final UUID technician = UUID.randomUUID();
    private Site site;

    @BeforeEach
    void open() {
        store = TestStores.open(folder);
        assets = new AssetRepository(store);
        sites = new SiteRepository(store);
        site = TestStores.site("S1");
        store.write(technician, tx -> {
            sites.insertAll(tx, List.of(site));
            return null;
        });
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private List<Asset> assets(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> TestStores.asset(site.id(), prefix + i)).toList();
    }

    private int outboxEntries() {
        return store.dsl().fetchCount(SYNC_OUTBOX);
    }

    @Test
    void aBulkWriteThatFailsAfterCommittingPartsLeavesNoRowAndNoOutboxEntry() {
        int entriesBefore = outboxEntries();
        int[] seenMidway = {-1};
        List<String> undoHeard = new java.util.ArrayList<>();
        assertThatThrownBy(() -> store.write(technician, tx -> {
            tx.onUndo((rows, of) -> undoHeard.add(rows + " of " + of));
            assets.importAll(tx, assets("A-", 300));
            tx.endPart();
            assets.importAll(tx, assets("B-", 300));
            tx.endPart();
            // Another connection (a screen) sees the committed parts.
            seenMidway[0] = store.dsl().fetchCount(ASSET);
            assets.importAll(tx, assets("C-", 300));
            throw new IllegalStateException("the file could not be read on");
        })).hasMessage("the file could not be read on");

        assertThat(seenMidway[0]).isEqualTo(600);
        // Two parts of 300 assets, each with its audit entry, taken back.
        assertThat(undoHeard).containsExactly("0 of 1200", "1200 of 1200");
        assertThat(store.dsl().fetchCount(ASSET)).isZero();
        assertThat(outboxEntries()).isEqualTo(entriesBefore);
        assertThat(store.dsl().fetchCount(SYNC_BULK_WRITE)).isZero();
    }

    @Test
    void aFinishedBulkWriteKeepsEveryRowWithItsEntriesInMutationsOfAPartEach() {
        store.write(technician, tx -> {
            assets.importAll(tx, assets("A-", 200));
            tx.endPart();
            assets.importAll(tx, assets("B-", 100));
            return null;
        });

        assertThat(store.dsl().fetchCount(ASSET)).isEqualTo(300);
        assertThat(store.dsl().fetchCount(SYNC_BULK_WRITE)).isZero();
        // Each asset with its audit entry; the site's own mutation came before.
        List<Mutation> mutations = Replica.of(store.replicaDatabase()).outbox().pendingMutations(10_000);
        assertThat(mutations).hasSize(3);
        assertThat(mutations.get(1).changes()).hasSize(400);
        assertThat(mutations.get(2).changes()).hasSize(200);
    }

    @Test
    void syncSendsNothingOfABulkWriteBeforeItsEnd() {
        var outbox = Replica.of(store.replicaDatabase()).outbox();
        int[] sendableMidway = {-1};
        store.write(technician, tx -> {
            assets.importAll(tx, assets("A-", 100));
            tx.endPart();
            sendableMidway[0] = outbox.pendingMutations(10_000).stream().mapToInt(m -> m.changes().size()).sum();
            return null;
        });

        assertThat(sendableMidway[0]).as("the site's own entry only").isEqualTo(1);
        assertThat(outbox.pendingMutations(10_000).stream().mapToInt(m -> m.changes().size()).sum()).isEqualTo(201);
    }

    @Test
    void aStoreLeftMidBulkWriteOpensWithThatWriteTakenBack() throws Exception {
        Path image = stopped.resolve(folder.relativize(new DataFolder(folder).database()));
        assertThatThrownBy(() -> store.write(technician, tx -> {
            assets.importAll(tx, assets("A-", 250));
            tx.endPart();
            // What the disk holds at this moment is what a laptop switched off now would find.
            store.dsl().execute("checkpoint");
            try {
                Files.createDirectories(image.getParent());
                Files.copy(new DataFolder(folder).database(), image);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            throw new IllegalStateException("switched off");
        })).hasMessage("switched off");
        store.close();
        store = null;
        assertThat(countIn(stopped, "select count(*) from asset")).as("the stopped laptop's file holds the part").isEqualTo(250);

        store = TestStores.open(stopped);

        assertThat(store.dsl().fetchCount(ASSET)).isZero();
        assertThat(store.dsl().fetchCount(SYNC_BULK_WRITE)).isZero();
        assertThat(store.dsl().fetchCount(SYNC_OUTBOX)).as("the site's entry").isEqualTo(1);
    }

    private static long countIn(Path data, String query) throws Exception {
        try (Connection connection = DriverManager.getConnection(TestStores.jdbcUrl(data) + ";ACCESS_MODE_DATA=r",
                "techbench", "");
             ResultSet result = connection.createStatement().executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
