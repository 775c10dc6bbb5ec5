package org.techbench.replication;

import static org.techbench.schema.Tables.SYNC_CONFLICT;
import static org.techbench.schema.Tables.SYNC_MERGE;
import static org.techbench.schema.Tables.SYNC_REFUSED;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.techbench.domain.sync.LostField;
import org.techbench.domain.sync.RefusedChange;
import org.techbench.domain.sync.Stamp;
import org.techbench.domain.sync.SyncConflict;
import org.techbench.domain.sync.SyncMerge;

/** Conflicts (local values that lost to a later edit) and changes the hub refused, for the technician to review. */
public final class ConflictList {

    private final ReplicaDatabase store;

    ConflictList(ReplicaDatabase store) {
        this.store = store;
    }

    /** Conflicts not yet settled, newest first. */
    public List<SyncConflict> openConflicts(int limit) {
        return store.dsl().selectFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.SETTLED.isFalse())
                .orderBy(SYNC_CONFLICT.DETECTED_AT.desc()).limit(limit)
                .fetch(r -> new SyncConflict(r.getId(), r.getTableName(), r.getRowId(),
                        label(r.getTableName(), r.getRowId(), Map.of()), r.getSiteId(), r.getFieldName(),
                        r.getLostValue(), Stamp.decode(r.getLostStamp()), r.getWonValue(), Stamp.decode(r.getWonStamp()),
                        r.getDetectedAt()));
    }

    /** Refused changes, newest first. */
    public List<RefusedChange> refusedChanges(int limit) {
        // A refused change's audit entry is refused with it and taken back with it: not a change of its own to list.
        return store.dsl().selectFrom(SYNC_REFUSED).where(SYNC_REFUSED.TABLE_NAME.ne(SyncState.AUDIT_TABLE))
                .orderBy(SYNC_REFUSED.SEQ.desc()).limit(limit)
                .fetch(r -> {
                    Map<String, String> fields = ChangeJson.parse(r.getChanges());
                    return new RefusedChange(r.getSeq(), r.getTableName(), r.getRowId(),
                            label(r.getTableName(), r.getRowId(), fields), r.getSiteId(), fields, r.getReason(), r.getRefusedAt());
                });
    }

    /** Duplicates merged into one record, newest first. */
    public List<SyncMerge> merges(int limit) {
        return store.dsl().selectFrom(SYNC_MERGE).where(SYNC_MERGE.HELD_HERE.isTrue())
                .orderBy(SYNC_MERGE.MERGED_AT.desc(), SYNC_MERGE.TABLE_NAME)
                .limit(limit)
                .fetch(r -> new SyncMerge(r.getTableName(), r.getSurvivorId(),
                        label(r.getTableName(), r.getSurvivorId(), Map.of()), r.getSiteId(), r.getNaturalKey(),
                        r.getMergedAt(), assetOf(r.getTableName(), r.getSurvivorId())));
    }

    /** The asset a merged row is or belongs to: where a click on it leads. */
    private UUID assetOf(String table, UUID rowId) {
        SyncedTable synced = SyncedTable.named(table);
        if (table.equals("asset")) {
            return rowId;
        }
        Field<UUID> asset = synced.table().field("asset_id", UUID.class);
        return asset == null ? null : store.dsl().select(asset).from(synced.table()).where(synced.id().eq(rowId)).fetchOne(asset);
    }

    /** The columns that name a record for people, in the order they are tried. */
    private static final List<String> NAMING_COLUMNS = List.of("tag", "code", "number", "name", "title", "check_text");

    /**
     * A short name for a record (an asset's tag, a site's code, an article's title), from the row or,
     * when the row is gone, from the change itself; the id's first characters when nothing names it.
     */
    private String label(String table, UUID rowId, Map<String, String> fields) {
        SyncedTable synced = SyncedTable.named(table);
        for (String column : NAMING_COLUMNS) {
            Field<?> field = synced.table().field(column);
            if (field == null) {
                continue;
            }
            Object value = store.dsl().select(field).from(synced.table()).where(synced.id().eq(rowId)).fetchOne(field);
            String text = value != null ? value.toString() : fields.get(column);
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return rowId.toString().substring(0, 8);
    }

    /**
     * Restores a conflict's losing value as a new edit (so it goes to the hub like any other)
     * and settles the conflict, in the caller's transaction.
     */
    public void restore(CapturingTransaction transaction, UUID conflictId) {
        DSLContext dsl = transaction.dsl();
        var conflict = dsl.selectFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.ID.eq(conflictId)).forUpdate().fetchOptional()
                .orElseThrow(() -> new IllegalArgumentException("no conflict " + conflictId));
        SyncedTable synced = SyncedTable.named(conflict.getTableName());
        Field<?> field = synced.table().field(conflict.getFieldName());
        Map<Field<?>, Object> value = new HashMap<>();
        value.put(field, SyncValues.parse(field, conflict.getLostValue()));
        transaction.update(synced.table(), conflict.getRowId(), value);
        transaction.audit("restore-conflict", conflict.getTableName(), conflict.getRowId(), conflict.getSiteId(),
                conflict.getFieldName() + " = " + conflict.getLostValue());
        settleConflict(dsl, conflictId);
    }

    /** Marks a conflict as seen without restoring anything. */
    public void dismiss(UUID conflictId) {
        store.receive(Set.of(), 0, dsl -> {
            settleConflict(dsl, conflictId);
            return null;
        });
    }

    private static void settleConflict(DSLContext dsl, UUID conflictId) {
        dsl.update(SYNC_CONFLICT).set(SYNC_CONFLICT.SETTLED, true).where(SYNC_CONFLICT.ID.eq(conflictId)).execute();
    }

    static void recordConflict(DSLContext dsl, LostField lost, OffsetDateTime at) {
        // One losing write is listed once: told by the hub's answer to a push, and seen again when the
        // winning write comes down, it is the same loss.
        if (dsl.fetchExists(SYNC_CONFLICT, SYNC_CONFLICT.TABLE_NAME.eq(lost.table()).and(SYNC_CONFLICT.ROW_ID.eq(lost.rowId()))
                .and(SYNC_CONFLICT.FIELD_NAME.eq(lost.field())).and(SYNC_CONFLICT.LOST_STAMP.eq(lost.lostStamp().encode())))) {
            return;
        }
        dsl.insertInto(SYNC_CONFLICT)
                .set(SYNC_CONFLICT.ID, Ids.next())
                .set(SYNC_CONFLICT.TABLE_NAME, lost.table())
                .set(SYNC_CONFLICT.ROW_ID, lost.rowId())
                .set(SYNC_CONFLICT.SITE_ID, lost.siteId())
                .set(SYNC_CONFLICT.FIELD_NAME, lost.field())
                .set(SYNC_CONFLICT.LOST_VALUE, lost.lostValue())
                .set(SYNC_CONFLICT.LOST_STAMP, lost.lostStamp().encode())
                .set(SYNC_CONFLICT.WON_VALUE, lost.wonValue())
                .set(SYNC_CONFLICT.WON_STAMP, lost.wonStamp().encode())
                .set(SYNC_CONFLICT.DETECTED_AT, at)
                .set(SYNC_CONFLICT.SETTLED, false)
                .execute();
    }
}
