package org.techbench.replication;

import static org.techbench.schema.Tables.SYNC_STATE;
import static org.techbench.schema.Tables.SYNC_SUSPENDED_INDEX;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.techbench.domain.sync.SnapshotPage;
import org.techbench.domain.sync.SnapshotRow;

/** A first sync's copy of the hub's tables, resumable where it stopped, with indexes set aside while it fills. */
public final class Snapshots {

    /**
     * H2 writes a long transaction's rows to its file twice: once while uncommitted, when its
     * buffer of unsaved pages fills, and again once committed. Stored 1,000 at a time they are
     * written about once (500,000 component rows: 96 MB written instead of 160 MB, and about a
     * second less CPU).
     */
    static final int SNAPSHOT_ROWS_PER_TRANSACTION = 1_000;

    private final ReplicaDatabase store;

    Snapshots(ReplicaDatabase store) {
        this.store = store;
    }

    /** Where an interrupted snapshot stands, or null when none is under way. */
    public SnapshotPosition snapshotPosition() {
        var state = SyncState.stateRow(store.dsl());
        if (state.getSnapshotCursor() == null) {
            return null;
        }
        return new SnapshotPosition(state.getSnapshotCursor(), state.getSnapshotTable(), state.getSnapshotAfter());
    }

    /** How far a snapshot has come: the log position it started at, the table and the last row copied. */
    public record SnapshotPosition(long cursor, String table, UUID after) {
    }

    public void suspendIndexes(String table, List<SnapshotRow> firstRows) {
        SyncedTable synced = SyncedTable.named(table);
        store.receive(Set.of(), 0, dsl -> {
            Map<String, List<String>> indexes = new LinkedHashMap<>();
            dsl.resultQuery("select c.index_name, c.column_name from information_schema.index_columns c "
                            + "join information_schema.indexes i on i.index_name = c.index_name and i.table_name = c.table_name "
                            + "where c.table_name = ? and i.index_type_name = 'INDEX' order by c.index_name, c.ordinal_position",
                    synced.name())
                    .forEach(r -> indexes.computeIfAbsent(r.get(0, String.class), k -> new ArrayList<>()).add(r.get(1, String.class)));
            indexes.forEach((name, columns) -> {
                if (!risesWithIds(firstRows, columns)) {
                    dsl.insertInto(SYNC_SUSPENDED_INDEX)
                            .set(SYNC_SUSPENDED_INDEX.INDEX_NAME, name)
                            .set(SYNC_SUSPENDED_INDEX.TABLE_NAME, synced.name())
                            .set(SYNC_SUSPENDED_INDEX.DDL, "create index if not exists " + name + " on " + synced.name()
                                    + " (" + String.join(", ", columns) + ")")
                            .onConflictDoNothing().execute();
                }
            });
            return null;
        });
        store.receive(Set.of(), 0, dsl -> {
            dsl.select(SYNC_SUSPENDED_INDEX.INDEX_NAME).from(SYNC_SUSPENDED_INDEX)
                    .where(SYNC_SUSPENDED_INDEX.TABLE_NAME.eq(synced.name()))
                    .forEach(r -> dsl.execute("drop index if exists " + r.value1()));
            return null;
        });
    }

    /**
     * True when at most one in twenty neighbouring rows (in id order) steps back in the index's
     * key: values compare as their text does, which for ids is also their order in the index.
     */
    public static boolean risesWithIds(List<SnapshotRow> rows, List<String> columns) {
        Comparator<String> byText = Comparator.nullsFirst(Comparator.naturalOrder());
        int backwards = 0;
        for (int i = 1; i < rows.size(); i++) {
            for (String column : columns) {
                int order = byText.compare(rows.get(i).values().get(column), rows.get(i - 1).values().get(column));
                if (order != 0) {
                    backwards += order < 0 ? 1 : 0;
                    break;
                }
            }
        }
        return rows.size() > 1 && backwards * 20 <= rows.size() - 1;
    }

    public void restoreIndexes() {
        store.receive(Set.of(), 0, dsl -> {
            for (var index : dsl.selectFrom(SYNC_SUSPENDED_INDEX).fetch()) {
                dsl.execute(index.getDdl());
                dsl.deleteFrom(SYNC_SUSPENDED_INDEX).where(SYNC_SUSPENDED_INDEX.INDEX_NAME.eq(index.getIndexName())).execute();
            }
            return null;
        });
    }

    /** True when the table has no rows at all here, as before a first sync. */
    public boolean isEmpty(String table) {
        SyncedTable synced = SyncedTable.named(table);
        return !store.dsl().fetchExists(synced.table());
    }

    public void beginSnapshot(long cursor) {
        store.receive(Set.of(), 0, dsl -> dsl.update(SYNC_STATE)
                .set(SYNC_STATE.SNAPSHOT_CURSOR, cursor)
                .setNull(SYNC_STATE.SNAPSHOT_TABLE)
                .setNull(SYNC_STATE.SNAPSHOT_AFTER)
                .where(SYNC_STATE.SINGLETON.eq(1)).execute());
    }

    public void applySnapshotPage(SnapshotPage page, boolean finished, boolean tableWasEmpty) {
        List<SnapshotRow> rows = page.rows();
        int from = 0;
        for (; rows.size() - from > SNAPSHOT_ROWS_PER_TRANSACTION; from += SNAPSHOT_ROWS_PER_TRANSACTION) {
            List<SnapshotRow> piece = rows.subList(from, from + SNAPSHOT_ROWS_PER_TRANSACTION);
            storeSnapshotRows(page.table(), piece, tableWasEmpty,
                    dsl -> recordSnapshotPosition(dsl, page, false, piece.getLast().id()));
        }
        storeSnapshotRows(page.table(), rows.subList(from, rows.size()), tableWasEmpty,
                dsl -> recordSnapshotPosition(dsl, page, finished, page.tableDone() ? null : page.lastId()));
    }

    /** Rendered once per kind: a first sync records its position after every thousand rows. */
    private void recordSnapshotPosition(DSLContext dsl, SnapshotPage page, boolean finished, UUID after) {
        if (finished) {
            String sql = store.statements().sql(dsl, new RenderedStatements.Shape("snapshot finished", SYNC_STATE, List.of()),
                    () -> dsl.update(SYNC_STATE).set(SYNC_STATE.PULL_CURSOR, DSL.param("cursor", Long.class))
                            .set(SYNC_STATE.SNAPSHOT_CURSOR, DSL.inline(null, SYNC_STATE.SNAPSHOT_CURSOR))
                            .set(SYNC_STATE.SNAPSHOT_TABLE, DSL.inline(null, SYNC_STATE.SNAPSHOT_TABLE))
                            .set(SYNC_STATE.SNAPSHOT_AFTER, DSL.inline(null, SYNC_STATE.SNAPSHOT_AFTER))
                            .where(SYNC_STATE.SINGLETON.eq(DSL.inline(1))));
            PreparedStatements.executeOnce(dsl, sql, page.cursor());
        } else {
            String sql = store.statements().sql(dsl, new RenderedStatements.Shape("snapshot position", SYNC_STATE, List.of()),
                    () -> dsl.update(SYNC_STATE).set(SYNC_STATE.SNAPSHOT_TABLE, DSL.param("table", String.class))
                            .set(SYNC_STATE.SNAPSHOT_AFTER, DSL.param("after", UUID.class))
                            .where(SYNC_STATE.SINGLETON.eq(DSL.inline(1))));
            PreparedStatements.executeOnce(dsl, sql, page.table(), after);
        }
    }

    private void storeSnapshotRows(String table, List<SnapshotRow> rows, boolean tableWasEmpty,
                                   Consumer<DSLContext> recordPosition) {
        SyncedTable synced = SyncedTable.named(table);
        long highWater = rows.stream().mapToLong(SnapshotRow::hlc).max().orElse(0);
        store.receive(Set.of(table), highWater, dsl -> {
            // Into a table that was empty when its snapshot began, every row is new: no need to look.
            Set<UUID> present = tableWasEmpty || rows.isEmpty() ? Set.of()
                    : new HashSet<>(dsl.select(synced.id()).from(synced.table())
                    .where(synced.id().in(rows.stream().map(SnapshotRow::id).toList())).fetch(synced.id()));
            List<SnapshotRow> absent = new ArrayList<>(rows.size());
            for (SnapshotRow row : rows) {
                if (present.contains(row.id())) {
                    RowMerger.applySnapshot(dsl, synced, row, store.nodeId(),
                            java.time.OffsetDateTime.now(store.wallClock()).withOffsetSameInstant(java.time.ZoneOffset.UTC));
                } else {
                    absent.add(row);
                }
            }
            RowMerger.insertAll(dsl, store.statements(), synced, absent);
            recordPosition.accept(dsl);
            return null;
        });
    }
}
