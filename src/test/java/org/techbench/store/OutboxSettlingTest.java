package org.techbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.techbench.domain.asset.Asset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.sync.Mutation;
import org.techbench.domain.sync.MutationAnswer.Status;
import org.techbench.domain.sync.MutationAnswer;
import org.techbench.replication.Outbox;
import org.techbench.replication.Replica;

class OutboxSettlingTest {

    @TempDir
    Path folder;

    private Store store;
    private AssetRepository assets;
    private Outbox sync;
    private final UUID technician = UUID.randomUUID();
    private final UUID site = UUID.randomUUID();

    @BeforeEach
    void open() {
        store = TestStores.open(folder);
        assets = new AssetRepository(store);
        sync = Replica.of(store.replicaDatabase()).outbox();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aMutationLargerThanThePageStillComesWhole() {
        insertAssets("A", 5);
        insertAssets("B", 1);

        List<Mutation> page = sync.pendingMutations(2);

        assertThat(page).hasSize(1);
        assertThat(page.getFirst().changes()).hasSize(5);
        assertThat(page.getFirst().lastSeq() - page.getFirst().firstSeq()).isEqualTo(4);
    }

    @Test
    void anAcceptedMutationTakesOnlyItsOwnEntriesOutOfTheOutbox() {
        insertAssets("A", 3);
        insertAssets("B", 2);
        List<Mutation> pushed = sync.pendingMutations(3);

        sync.settle(pushed, List.of(new MutationAnswer(pushed.getFirst().mutationId(), Status.APPLIED, null, null)));

        List<Mutation> left = sync.pendingMutations(100);
        assertThat(left).hasSize(1);
        assertThat(left.getFirst().changes()).hasSize(2);
        assertThat(sync.pendingChanges()).isEqualTo(2);
    }

    @Test
    void anAnswerAboutAMutationThatWasNotPushedSettlesNothing() {
        insertAssets("A", 2);
        insertAssets("B", 2);
        List<Mutation> all = sync.pendingMutations(100);

        sync.settle(all.subList(0, 1), List.of(new MutationAnswer(all.get(1).mutationId(), Status.APPLIED, null, null)));

        assertThat(sync.pendingChanges()).isEqualTo(4);
    }

    /** One transaction of {@code count} assets, inserted as an import does (no audit entry each: the counts stay the rows'). */
    private void insertAssets(String prefix, int count) {
        store.write(technician, tx -> {
            List<Asset> batch = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                batch.add(TestStores.asset(site, prefix + "-" + i));
            }
            assets.insertAll(tx, batch);
            return null;
        });
    }
}
