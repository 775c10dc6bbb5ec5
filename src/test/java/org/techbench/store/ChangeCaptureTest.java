package org.techbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.techbench.schema.Tables.ASSET;
import static org.techbench.schema.Tables.AUDIT_EVENT;
import static org.techbench.schema.Tables.SYNC_OUTBOX;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Field;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.sync.FieldClocks;
import org.techbench.domain.sync.MutationAnswer.Status;
import org.techbench.domain.sync.MutationAnswer;
import org.techbench.replication.Replica;
import org.techbench.replication.SchemaVersion;
import org.techbench.schema.tables.records.SyncOutboxRecord;

class ChangeCaptureTest {

    @TempDir
    Path folder;

    private Store store;
    private AssetRepository assets;
    private SiteRepository sites;
    private final UUID technician = UUID.randomUUID();

    @BeforeEach
    void open() {
        store = TestStores.open(folder);
        assets = new AssetRepository(store);
        sites = new SiteRepository(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void insertLeavesAnOutboxEntryWithAllColumnsOfTheRowAndOneForItsAuditInTheSameMutation() {
        var site = TestStores.site("S1");
        Asset asset = TestStores.asset(site.id(), "SRV-1");
        store.write(technician, tx -> {
            assets.insert(tx, asset);
            return null;
        });

        List<SyncOutboxRecord> outbox = store.dsl().selectFrom(SYNC_OUTBOX).orderBy(SYNC_OUTBOX.SEQ).fetch();
        assertThat(outbox).extracting(SyncOutboxRecord::getTableName).containsExactly("asset", "audit_event");
        assertThat(outbox).extracting(SyncOutboxRecord::getMutationId).containsOnly(outbox.getFirst().getMutationId());
        assertThat(outbox.getLast().getChanges()).contains("\"action\":\"create\"", "\"row_id\":\"" + asset.id());
        SyncOutboxRecord entry = outbox.getFirst();
        assertThat(entry.getTableName()).isEqualTo("asset");
        assertThat(entry.getRowId()).isEqualTo(asset.id());
        assertThat(entry.getSiteId()).isEqualTo(site.id());
        assertThat(entry.getNodeId()).isEqualTo(store.nodeId());
        assertThat(entry.getTechnicianId()).isEqualTo(technician);
        assertThat(entry.getSchemaVersion()).isEqualTo(SchemaVersion.CURRENT);
        assertThat(entry.getChanges()).contains("\"tag\":\"SRV-1\"", "\"serial\":\"SN-SRV-1\"", "\"cl\":1")
                .doesNotContain("field_clocks", "\"notes\"");
    }

    @Test
    void updateCapturesOnlyTheChangedColumnsAndStampsTheirClocks() {
        var site = TestStores.site("S1");
        Asset asset = TestStores.asset(site.id(), "SRV-1");
        store.write(technician, tx -> {
            assets.insert(tx, asset);
            return null;
        });
        Asset moved = new Asset(asset.id(), asset.siteId(), asset.tag(), asset.name(), asset.kind(), asset.make(),
                asset.model(), asset.serial(), "Rack 7", asset.ipAddress(), asset.hostname(), AssetStatus.IN_REPAIR,
                asset.purchasedOn(), asset.warrantyEndsOn(), asset.notes(), false);
        store.write(technician, tx -> {
            assets.update(tx, moved);
            return null;
        });

        SyncOutboxRecord insert = store.dsl().selectFrom(SYNC_OUTBOX).where(SYNC_OUTBOX.TABLE_NAME.eq("asset"))
                .orderBy(SYNC_OUTBOX.SEQ.asc()).limit(1).fetchSingle();
        SyncOutboxRecord update = store.dsl().selectFrom(SYNC_OUTBOX).where(SYNC_OUTBOX.TABLE_NAME.eq("asset"))
                .orderBy(SYNC_OUTBOX.SEQ.desc()).limit(1).fetchSingle();
        // The changed fields, and what they were based on: the values the insert wrote.
        String created = new org.techbench.domain.sync.Stamp(insert.getHlc(), store.nodeId()).encode();
        assertThat(update.getChanges()).isEqualTo("{\"location\":\"Rack 7\",\"status\":\"IN_REPAIR\",\"_base\":\"location="
                + created + ";status=" + created + "\"}");
        var row = store.dsl().selectFrom(ASSET).where(ASSET.ID.eq(asset.id())).fetchSingle();
        FieldClocks clocks = FieldClocks.decode(row.getFieldClocks());
        assertThat(clocks.of("location").hlc()).isEqualTo(update.getHlc()).isEqualTo(row.getHlc());
        assertThat(clocks.of("serial").hlc()).isLessThan(update.getHlc());
        assertThat(store.dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("update"))).isEqualTo(1);
    }

    @Test
    void updateThatChangesNothingLeavesNoTrace() {
        Asset asset = TestStores.asset(UUID.randomUUID(), "SRV-1");
        store.write(technician, tx -> {
            assets.insert(tx, asset);
            return null;
        });
        store.write(technician, tx -> {
            assets.update(tx, asset);
            return null;
        });
        assertThat(store.dsl().fetchCount(SYNC_OUTBOX)).isEqualTo(2); // the insert and its audit entry
        assertThat(store.dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("update"))).isZero();
    }

    @Test
    void rolledBackTransactionLeavesNoOutboxEntryAndNoSequenceGap() {
        var site = TestStores.site("S1");
        store.write(technician, tx -> {
            sites.insert(tx, site);
            return null;
        });
        assertThatThrownBy(() -> store.write(technician, tx -> {
            assets.insert(tx, TestStores.asset(site.id(), "SRV-1"));
            throw new IllegalStateException("power cut");
        })).hasMessageContaining("power cut");
        store.write(technician, tx -> {
            assets.insert(tx, TestStores.asset(site.id(), "SRV-2"));
            return null;
        });

        assertThat(store.dsl().fetchCount(ASSET)).isEqualTo(1);
        assertThat(store.dsl().select(SYNC_OUTBOX.SEQ).from(SYNC_OUTBOX).orderBy(SYNC_OUTBOX.SEQ).fetch(SYNC_OUTBOX.SEQ))
                .containsExactly(1L, 2L, 3L, 4L); // each insert with its audit entry
    }

    @Test
    void entriesOfOneTransactionShareAMutationIdAndFollowEachOther() {
        var site = TestStores.site("S1");
        store.write(technician, tx -> {
            sites.insert(tx, site);
            sites.insertContract(tx, TestStores.contract(site.id()));
            assets.insertAll(tx, List.of(TestStores.asset(site.id(), "A"), TestStores.asset(site.id(), "B")));
            return null;
        });
        var outbox = store.dsl().selectFrom(SYNC_OUTBOX).orderBy(SYNC_OUTBOX.SEQ).fetch();
        assertThat(outbox.map(SyncOutboxRecord::getTableName))
                .containsExactly("site", "audit_event", "contract", "audit_event", "asset", "asset");
        assertThat(outbox.map(SyncOutboxRecord::getMutationId)).containsOnly(outbox.getFirst().getMutationId());
        assertThat(outbox.map(SyncOutboxRecord::getHlc)).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void clockHighWaterMarkSurvivesRestart() {
        store.write(technician, tx -> {
            assets.insert(tx, TestStores.asset(UUID.randomUUID(), "A"));
            return null;
        });
        long before = store.dsl().select(SYNC_OUTBOX.HLC).from(SYNC_OUTBOX).where(SYNC_OUTBOX.TABLE_NAME.eq("asset"))
                .fetchSingle(SYNC_OUTBOX.HLC);
        String node = store.nodeId();
        reopenWithWallClockADayBehindAndInsertAnAsset();
        var last = store.dsl().selectFrom(SYNC_OUTBOX).where(SYNC_OUTBOX.TABLE_NAME.eq("asset"))
                .orderBy(SYNC_OUTBOX.SEQ.desc()).limit(1).fetchSingle();
        assertThat(last.getHlc()).isGreaterThan(before);
        assertThat(last.getSeq()).isEqualTo(3L); // after the first asset (1) and its audit entry (2)
        assertThat(store.nodeId()).isEqualTo(node);
    }

    @Test
    void clockAndSequenceSurviveRestartAfterTheOutboxWasEmptiedBySync() {
        store.write(technician, tx -> {
            assets.insert(tx, TestStores.asset(UUID.randomUUID(), "A"));
            return null;
        });
        var first = store.dsl().selectFrom(SYNC_OUTBOX).where(SYNC_OUTBOX.TABLE_NAME.eq("asset")).fetchSingle();
        var sync = Replica.of(store.replicaDatabase()).outbox();
        var pushed = sync.pendingMutations(100);
        sync.settle(pushed, List.of(new MutationAnswer(pushed.getFirst().mutationId(), Status.APPLIED, null, null)));
        assertThat(store.dsl().fetchCount(SYNC_OUTBOX)).isZero();
        reopenWithWallClockADayBehindAndInsertAnAsset();
        var next = store.dsl().selectFrom(SYNC_OUTBOX).where(SYNC_OUTBOX.TABLE_NAME.eq("asset")).fetchSingle();
        assertThat(next.getHlc()).isGreaterThan(first.getHlc());
        assertThat(next.getSeq()).isEqualTo(first.getSeq() + 2); // the first asset's audit entry came between
    }

    @Test
    void appendOnlyRowsCannotBeUpdated() {
        UUID event = UUID.randomUUID();
        assertThatThrownBy(() -> store.write(technician, tx -> tx.update(org.techbench.schema.Tables.FAULT_EVENT, event,
                Map.<Field<?>, Object>of(org.techbench.schema.Tables.FAULT_EVENT.BODY, "rewritten"))))
                .hasMessageContaining("fault_event is append-only");
    }

    /** A wall clock set back by a day must not take the hybrid clock backwards. */
    private void reopenWithWallClockADayBehindAndInsertAnAsset() {
        store.close();
        store = Store.open(new DataFolder(folder), Clock.offset(Clock.systemUTC(), Duration.ofDays(-1)));
        assets = new AssetRepository(store);
        store.write(technician, tx -> {
            assets.insert(tx, TestStores.asset(UUID.randomUUID(), "B"));
            return null;
        });
    }
}
