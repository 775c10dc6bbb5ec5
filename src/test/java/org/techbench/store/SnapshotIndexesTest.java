package org.techbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.sync.SnapshotRow;
import org.techbench.replication.Ids;
import org.techbench.replication.Replica;
import org.techbench.replication.Snapshots;

class SnapshotIndexesTest {

    @TempDir
    Path folder;

    private Store store;
    private Snapshots sync;

    @BeforeEach
    void open() {
        store = TestStores.open(folder);
        sync = Replica.of(store.replicaDatabase()).snapshots();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anIndexWhoseKeysArriveInOrderIsKeptUpDuringTheCopy() {
        sync.suspendIndexes("component", components(sortedAssetIds(200)));

        assertThat(indexesOf("component")).contains("component_asset_idx");
    }

    @Test
    void anIndexWhoseKeysArriveInNoOrderIsSetAsideAndBuiltAfter() {
        List<UUID> assets = sortedAssetIds(200);
        Collections.shuffle(assets, new Random(7));

        sync.suspendIndexes("component", components(assets));
        assertThat(indexesOf("component")).doesNotContain("component_asset_idx");

        sync.restoreIndexes();
        assertThat(indexesOf("component")).contains("component_asset_idx");
    }

    @Test
    void aFewKeysOutOfOrderStillCountAsArrivingInOrder() {
        List<UUID> assets = sortedAssetIds(100);
        Collections.swap(assets, 10, 11);
        Collections.swap(assets, 50, 51);

        assertThat(Snapshots.risesWithIds(components(assets), List.of("asset_id"))).isTrue();
    }

    @Test
    void theNextColumnOfAKeyDecidesWhereTheFirstIsEqual() {
        UUID site = UUID.randomUUID();
        List<SnapshotRow> rising = List.of(asset(site, "A-1"), asset(site, "A-2"), asset(site, "A-3"));
        List<SnapshotRow> falling = List.of(asset(site, "A-3"), asset(site, "A-2"), asset(site, "A-1"));

        assertThat(Snapshots.risesWithIds(rising, List.of("site_id", "tag"))).isTrue();
        assertThat(Snapshots.risesWithIds(falling, List.of("site_id", "tag"))).isFalse();
    }

    private static List<UUID> sortedAssetIds(int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(Ids.next());
        }
        Collections.sort(ids);
        return ids;
    }

    private static List<SnapshotRow> components(List<UUID> assetIds) {
        UUID site = UUID.randomUUID();
        return assetIds.stream().map(asset -> new SnapshotRow(Ids.next(), site, 1,
                Map.of("site_id", site.toString(), "asset_id", asset.toString()), "*=1@node", 1)).toList();
    }

    private static SnapshotRow asset(UUID site, String tag) {
        return new SnapshotRow(Ids.next(), site, 1, Map.of("site_id", site.toString(), "tag", tag), "*=1@node", 1);
    }

    private Set<String> indexesOf(String table) {
        return store.dsl().resultQuery("select index_name from information_schema.indexes where table_name = ?", table)
                .fetch().stream().map(r -> r.get(0, String.class)).collect(Collectors.toSet());
    }
}
