package org.techbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.techbench.schema.Tables.COMPONENT;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.sync.ColumnValues;
import org.techbench.domain.sync.SnapshotPage;
import org.techbench.domain.sync.SnapshotRow;
import org.techbench.replication.Ids;
import org.techbench.replication.Replica;
import org.techbench.replication.Snapshots;

class SnapshotInsertTest {

    /** A snapshot page is stored in pieces of this many rows, each with its position. */
    private static final int ROWS_PER_TRANSACTION = 1_000;

    private static final ColumnValues.Columns LAYOUT = new ColumnValues.Columns(
            List.of("site_id", "asset_id", "kind", "make", "capacity", "fitted_on", "archived"));
    private static final UUID SITE = Ids.next();
    private static final UUID ASSET = Ids.next();

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
    void aFirstSyncPageGoesInWithEveryValueInItsColumnsType() {
        UUID id = Ids.next();
        copy(component(id, "DISK", "16 TB", "2024-02-29", "true"));

        var row = store.dsl().selectFrom(COMPONENT).where(COMPONENT.ID.eq(id)).fetchOne();
        assertThat(row.getAssetId()).isEqualTo(ASSET);
        assertThat(row.getKind()).isEqualTo("DISK");
        assertThat(row.getCapacity()).isEqualTo("16 TB");
        assertThat(row.getFittedOn()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(row.getArchived()).isTrue();
        assertThat(row.getHlc()).isEqualTo(7L);
        assertThat(row.getFieldClocks()).isEqualTo("*=7@node");
    }

    @Test
    void aRowWithALayoutOfItsOwnGoesInByColumnName() {
        UUID other = Ids.next();
        Map<String, String> byName = Map.of("archived", "false", "kind", "FAN", "asset_id", ASSET.toString(),
                "site_id", SITE.toString());
        copy(component(Ids.next(), "DISK", null, null, "false"), new SnapshotRow(other, SITE, 7, byName, "*=7@node", 1));

        var row = store.dsl().selectFrom(COMPONENT).where(COMPONENT.ID.eq(other)).fetchOne();
        assertThat(row.getKind()).isEqualTo("FAN");
        assertThat(row.getAssetId()).isEqualTo(ASSET);
        assertThat(row.getCapacity()).isNull();
    }

    @Test
    void aColumnThePageDoesNotCarryStaysEmpty() {
        UUID id = Ids.next();
        copy(component(id, "PSU", "700 W", "2021-08-17", "false"));

        assertThat(store.dsl().select(COMPONENT.MODEL).from(COMPONENT).where(COMPONENT.ID.eq(id)).fetchOne().value1()).isNull();
    }

    @Test
    void aValueNotOfItsColumnsTypeRefusesItsRowsAndWritesNoneOfThem() {
        assertThatThrownBy(() -> copy(component(Ids.next(), "PSU", null, null, "false"),
                component(Ids.next(), "PSU", null, null, "perhaps")))
                .hasMessageContaining("perhaps");

        assertThat(store.dsl().fetchCount(COMPONENT)).isZero();
    }

    @Test
    void aPageCutOffPartWayKeepsTheRowsStoredBeforeAndResumesAfterThem() {
        sync.beginSnapshot(1);
        SnapshotRow[] rows = new SnapshotRow[2_500];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = component(Ids.next(), "FAN", null, null, i == 2_200 ? "perhaps" : "false");
        }

        assertThatThrownBy(() -> copy(rows)).hasMessageContaining("perhaps");

        assertThat(store.dsl().fetchCount(COMPONENT)).isEqualTo(2 * ROWS_PER_TRANSACTION);
        assertThat(sync.snapshotPosition().table()).isEqualTo("component");
        assertThat(sync.snapshotPosition().after()).isEqualTo(rows[2 * ROWS_PER_TRANSACTION - 1].id());
    }

    private void copy(SnapshotRow... rows) {
        sync.applySnapshotPage(new SnapshotPage("component", List.of(rows), rows[rows.length - 1].id(), true, 1), false, true);
    }

    private static SnapshotRow component(UUID id, String kind, String capacity, String fittedOn, String archived) {
        String[] values = {SITE.toString(), ASSET.toString(), kind, "Huawei", capacity, fittedOn, archived};
        return new SnapshotRow(id, SITE, 7, new ColumnValues(LAYOUT, values), "*=7@node", 1);
    }
}
