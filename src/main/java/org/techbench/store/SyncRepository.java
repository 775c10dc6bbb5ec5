package org.techbench.store;

import static org.techbench.store.schema.Tables.SYNC_CONFLICT;
import static org.techbench.store.schema.Tables.SYNC_OUTBOX;
import static org.techbench.store.schema.Tables.SYNC_REFUSED;
import static org.techbench.store.schema.Tables.SYNC_STALE_ROW;
import static org.techbench.store.schema.Tables.SYNC_SUSPENDED_INDEX;
import static org.techbench.store.schema.Tables.SYNC_STATE;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.techbench.domain.sync.Conflict;
import org.techbench.domain.sync.LoggedChange;
import org.techbench.domain.sync.LostField;
import org.techbench.domain.sync.Mutation;
import org.techbench.domain.sync.MutationAnswer;
import org.techbench.domain.sync.PulledPage;
import org.techbench.domain.sync.RefusedChange;
import org.techbench.domain.sync.RowChange;
import org.techbench.domain.sync.SnapshotPage;
import org.techbench.domain.sync.SnapshotRow;
import org.techbench.domain.sync.Stamp;
import org.techbench.domain.sync.SyncConflict;
import org.techbench.domain.sync.SyncStanding;
import org.techbench.store.schema.tables.records.SyncOutboxRecord;

/**
 * The laptop's side of sync in its store: the outbox read as mutations and settled by the hub's
 * answers, pages of the hub's log and snapshot merged in without capture, the cursor, and the
 * lists of conflicts and refused changes the technician reviews.
 */
public final class SyncRepository {

    /**
     * H2 writes a long transaction's rows to its file twice: once while uncommitted, when its
     * buffer of unsaved pages fills, and again once committed. Stored 1,000 at a time they are
     * written about once (500,000 component rows: 96 MB written instead of 160 MB, and about a
     * second less CPU).
     */
    static final int SNAPSHOT_ROWS_PER_TRANSACTION = 1_000;

    private final Store store;

    public SyncRepository(Store store) {
        this.store = store;
    }

    /** Where sync stands: hub, user, cursor, last sync and how much waits to go up. */
    public SyncStanding standing() {
        DSLContext dsl = store.dsl();
        var state = stateRow(dsl);
        int pending = dsl.fetchCount(SYNC_OUTBOX);
        int refused = dsl.fetchCount(SYNC_REFUSED);
        int conflicts = dsl.fetchCount(SYNC_CONFLICT, SYNC_CONFLICT.SETTLED.isFalse());
        return new SyncStanding(store.nodeId(), state.getHubUrl(), state.getUserName(), state.getRefreshToken(),
                state.getPullCursor(), state.getLastSyncAt(),
                state.getHubOffsetMs(), pending, refused, conflicts);
    }

    /** Remembers the hub and who signs in to it; a different hub starts again from a snapshot. */
    public void connect(String hubUrl, String userName) {
        store.receive(Set.of(), 0, dsl -> {
            var state = stateRow(dsl);
            if (state.getHubUrl() != null && !state.getHubUrl().equals(hubUrl)) {
                state.setPullCursor(0L);
                state.setSnapshotCursor(null);
                state.setSnapshotTable(null);
                state.setSnapshotAfter(null);
                state.setRefreshToken(null);
            }
            state.setHubUrl(hubUrl);
            state.setUserName(userName);
            state.store();
            return null;
        });
    }

    public void saveRefreshToken(String token) {
        store.receive(Set.of(), 0, dsl -> dsl.update(SYNC_STATE).set(SYNC_STATE.REFRESH_TOKEN, token)
                .where(SYNC_STATE.SINGLETON.eq(1)).execute());
    }

    /** Records a finished sync and how far the hub's clock is from this laptop's. */
    public void recordSync(OffsetDateTime at, long hubOffsetMillis) {
        store.receive(Set.of(), 0, dsl -> dsl.update(SYNC_STATE)
                .set(SYNC_STATE.LAST_SYNC_AT, at)
                .set(SYNC_STATE.HUB_OFFSET_MS, hubOffsetMillis)
                .where(SYNC_STATE.SINGLETON.eq(1)).execute());
    }

    public int pendingChanges() {
        return store.dsl().fetchCount(SYNC_OUTBOX);
    }

    /**
     * The oldest waiting mutations, whole, with about {@code maxChanges} changes in all (a single
     * larger mutation still comes whole, because the hub applies a mutation at once or not at all).
     */
    public List<Mutation> pendingMutations(int maxChanges) {
        DSLContext dsl = store.dsl();
        List<SyncOutboxRecord> entries = new ArrayList<>(dsl.selectFrom(SYNC_OUTBOX).orderBy(SYNC_OUTBOX.SEQ)
                .limit(maxChanges).fetch());
        if (entries.isEmpty()) {
            return List.of();
        }
        // The rest of the last mutation: its entries follow it with consecutive numbers.
        SyncOutboxRecord last = entries.getLast();
        try (var rest = dsl.selectFrom(SYNC_OUTBOX).where(SYNC_OUTBOX.SEQ.gt(last.getSeq())).orderBy(SYNC_OUTBOX.SEQ)
                .fetchLazy()) {
            for (SyncOutboxRecord entry : rest) {
                if (!entry.getMutationId().equals(last.getMutationId())) {
                    break;
                }
                entries.add(entry);
            }
        }
        Map<UUID, List<SyncOutboxRecord>> byMutation = new LinkedHashMap<>();
        entries.forEach(entry -> byMutation.computeIfAbsent(entry.getMutationId(), id -> new ArrayList<>()).add(entry));
        List<Mutation> mutations = new ArrayList<>(byMutation.size());
        byMutation.forEach((id, rows) -> mutations.add(new Mutation(id, rows.getFirst().getSeq(), rows.getLast().getSeq(),
                rows.getFirst().getSchemaVersion(), rows.getFirst().getTechnicianId(),
                rows.stream().map(SyncRepository::changeOf).toList())));
        return mutations;
    }

    /**
     * Settles the hub's answers in one transaction: accepted mutations leave the outbox, and
     * their fields that lost at the hub become conflicts; refused ones move to the refused list
     * with the hub's reason, and their rows are marked stale: {@link #staleRows()} lists them until
     * each has been replaced by the hub's version. Answers about mutations that were not pushed
     * settle nothing.
     */
    public void settle(List<Mutation> pushed, List<MutationAnswer> answers) {
        Map<UUID, Mutation> byId = new HashMap<>();
        pushed.forEach(mutation -> byId.put(mutation.mutationId(), mutation));
        store.receive(Set.of(), 0, dsl -> {
            OffsetDateTime now = now();
            List<Mutation> answered = new ArrayList<>(answers.size());
            for (MutationAnswer answer : answers) {
                Mutation mutation = byId.get(answer.mutationId());
                if (mutation == null) {
                    continue;
                }
                answered.add(mutation);
                if (!answer.accepted()) {
                    Condition itsEntries = SYNC_OUTBOX.SEQ.between(mutation.firstSeq(), mutation.lastSeq())
                            .and(SYNC_OUTBOX.MUTATION_ID.eq(mutation.mutationId()));
                    for (SyncOutboxRecord entry : dsl.selectFrom(SYNC_OUTBOX).where(itsEntries).fetch()) {
                        dsl.insertInto(SYNC_REFUSED)
                                .set(SYNC_REFUSED.SEQ, entry.getSeq())
                                .set(SYNC_REFUSED.MUTATION_ID, entry.getMutationId())
                                .set(SYNC_REFUSED.TABLE_NAME, entry.getTableName())
                                .set(SYNC_REFUSED.ROW_ID, entry.getRowId())
                                .set(SYNC_REFUSED.SITE_ID, entry.getSiteId())
                                .set(SYNC_REFUSED.HLC, entry.getHlc())
                                .set(SYNC_REFUSED.CHANGES, entry.getChanges())
                                .set(SYNC_REFUSED.REASON, shorten(answer.reason()))
                                .set(SYNC_REFUSED.REFUSED_AT, now)
                                .execute();
                        dsl.insertInto(SYNC_STALE_ROW).set(SYNC_STALE_ROW.TABLE_NAME, entry.getTableName())
                                .set(SYNC_STALE_ROW.ROW_ID, entry.getRowId()).onConflictDoNothing().execute();
                    }
                }
                answer.lost().forEach(lost -> recordConflict(dsl, lost, now));
            }
            removeFromOutbox(dsl, answered);
            return null;
        });
    }

    /** Removes answered mutations' entries in one batch, by a statement rendered once: a push answers thousands. */
    private void removeFromOutbox(DSLContext dsl, List<Mutation> answered) {
        String sql = store.statements().sql(dsl, new RenderedStatements.Shape("settle", SYNC_OUTBOX, List.of()),
                () -> dsl.deleteFrom(SYNC_OUTBOX).where(SYNC_OUTBOX.SEQ.between(DSL.param("first", Long.class),
                        DSL.param("last", Long.class)).and(SYNC_OUTBOX.MUTATION_ID.eq(DSL.param("mutation", UUID.class)))));
        dsl.connection(connection -> {
            try (var delete = connection.prepareStatement(sql)) {
                for (Mutation mutation : answered) {
                    delete.setLong(1, mutation.firstSeq());
                    delete.setLong(2, mutation.lastSeq());
                    delete.setObject(3, mutation.mutationId());
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        });
    }

    /** Rows whose local edits the hub refused and that still wait for the hub's version. */
    public List<RowRef> staleRows() {
        return store.dsl().selectFrom(SYNC_STALE_ROW).fetch(r -> new RowRef(r.getTableName(), r.getRowId()));
    }

    /** A synced row named by table and id. */
    public record RowRef(String table, UUID id) {
    }

    /**
     * Merges one page of the hub's log and moves the cursor past it, in one transaction. Fields
     * with local edits still in the outbox that lose become conflicts. Returns how many changes
     * altered a row here.
     */
    public int applyPage(PulledPage page) {
        Set<String> tables = new HashSet<>();
        long highWater = 0;
        for (LoggedChange logged : page.changes()) {
            tables.add(logged.change().table());
            highWater = Math.max(highWater, logged.change().stamp().hlc());
        }
        return store.receive(tables, highWater, dsl -> {
            Map<RowRef, Set<String>> pending = pendingFields(dsl, page.changes().stream().map(LoggedChange::change).toList());
            OffsetDateTime now = now();
            int altered = dsl.connectionResult(connection -> {
                int changed = 0;
                try (var statements = new PreparedStatements(connection, dsl, store.statements())) {
                    for (LoggedChange logged : page.changes()) {
                        RowChange change = logged.change();
                        var outcome = RowMerger.apply(statements, change,
                                pending.getOrDefault(new RowRef(change.table(), change.rowId()), Set.of()));
                        for (Conflict conflict : outcome.merge().conflicts()) {
                            recordConflict(dsl, new LostField(change.table(), change.rowId(), change.siteId(),
                                    conflict.field(), (String) conflict.lost().value(), conflict.lost().stamp(),
                                    (String) conflict.won().value(), conflict.won().stamp()), now);
                        }
                        changed += outcome.changedAnything() ? 1 : 0;
                    }
                }
                return changed;
            });
            dsl.update(SYNC_STATE).set(SYNC_STATE.PULL_CURSOR, page.cursor()).where(SYNC_STATE.SINGLETON.eq(1)).execute();
            return altered;
        });
    }

    /** Where an interrupted snapshot stands, or null when none is under way. */
    public SnapshotPosition snapshotPosition() {
        var state = stateRow(store.dsl());
        if (state.getSnapshotCursor() == null) {
            return null;
        }
        return new SnapshotPosition(state.getSnapshotCursor(), state.getSnapshotTable(), state.getSnapshotAfter());
    }

    /** How far a snapshot has come: the log position it started at, the table and the last row copied. */
    public record SnapshotPosition(long cursor, String table, UUID after) {
    }

    /**
     * Sets aside the secondary indexes of a table a first sync is about to fill: they are recorded,
     * then dropped, and {@link #restoreIndexes()} creates them again. H2 runs each DDL statement in
     * a transaction of its own, so the record comes first and the restore tolerates either state.
     * An index whose key already rises with the row ids in {@code firstRows} stays: its
     * keys will arrive nearly in order, and keeping it up then costs less than building it after
     * (components and software of one asset are usually made together).
     */
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
    static boolean risesWithIds(List<SnapshotRow> rows, List<String> columns) {
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

    /** Creates again every index set aside by {@link #suspendIndexes}. */
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

    /** Starts a snapshot taken at log position {@code cursor}. */
    public void beginSnapshot(long cursor) {
        store.receive(Set.of(), 0, dsl -> dsl.update(SYNC_STATE)
                .set(SYNC_STATE.SNAPSHOT_CURSOR, cursor)
                .setNull(SYNC_STATE.SNAPSHOT_TABLE)
                .setNull(SYNC_STATE.SNAPSHOT_AFTER)
                .where(SYNC_STATE.SINGLETON.eq(1)).execute());
    }

    /**
     * Merges one snapshot page and records how far the snapshot has come, so an interrupted first
     * sync resumes where it stopped: the page goes in pieces of {@link #SNAPSHOT_ROWS_PER_TRANSACTION}
     * rows, each stored with its position in one transaction. {@code finished} ends the snapshot:
     * the pull then continues from the log position the snapshot started at.
     */
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
                    RowMerger.applySnapshot(dsl, synced, row);
                } else {
                    absent.add(row);
                }
            }
            RowMerger.insertAll(dsl, store.statements(), synced, absent);
            recordPosition.accept(dsl);
            return null;
        });
    }

    /**
     * Puts the hub's version of a row in place of the local one, or removes the local row when
     * the hub has none: after a refusal the hub has the final word.
     */
    public void replaceWithHubVersion(RowRef row, SnapshotRow hubRow) {
        SyncedTable synced = SyncedTable.named(row.table());
        store.receive(Set.of(row.table()), hubRow == null ? 0 : hubRow.hlc(), dsl -> {
            dsl.deleteFrom(SYNC_STALE_ROW).where(SYNC_STALE_ROW.TABLE_NAME.eq(row.table())
                    .and(SYNC_STALE_ROW.ROW_ID.eq(row.id()))).execute();
            boolean present = dsl.fetchExists(synced.table(), synced.id().eq(row.id()));
            if (hubRow == null) {
                dsl.deleteFrom(synced.table()).where(synced.id().eq(row.id())).execute();
            } else if (!present) {
                RowMerger.insertAll(dsl, store.statements(), synced, List.of(hubRow));
            } else if (synced.mutable()) {
                RowMerger.write(dsl, synced, row.id(), hubRow.asState(), hubRow.hlc());
            }
            return null;
        });
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
        return store.dsl().selectFrom(SYNC_REFUSED).orderBy(SYNC_REFUSED.SEQ.desc()).limit(limit)
                .fetch(r -> {
                    Map<String, String> fields = ChangeJson.parse(r.getChanges());
                    return new RefusedChange(r.getSeq(), r.getTableName(), r.getRowId(),
                            label(r.getTableName(), r.getRowId(), fields), r.getSiteId(), fields, r.getReason(), r.getRefusedAt());
                });
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

    private static Map<RowRef, Set<String>> pendingFields(DSLContext dsl, List<RowChange> changes) {
        if (changes.isEmpty() || dsl.fetchCount(SYNC_OUTBOX) == 0) {
            return Map.of();
        }
        Set<UUID> ids = new HashSet<>();
        changes.forEach(change -> ids.add(change.rowId()));
        Map<RowRef, Set<String>> pending = new HashMap<>();
        dsl.select(SYNC_OUTBOX.TABLE_NAME, SYNC_OUTBOX.ROW_ID, SYNC_OUTBOX.CHANGES).from(SYNC_OUTBOX)
                .where(SYNC_OUTBOX.ROW_ID.in(ids))
                .forEach(r -> pending.computeIfAbsent(new RowRef(r.value1(), r.value2()), k -> new HashSet<>())
                        .addAll(ChangeJson.parse(r.value3()).keySet()));
        return pending;
    }

    private static void recordConflict(DSLContext dsl, LostField lost, OffsetDateTime at) {
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

    private static RowChange changeOf(SyncOutboxRecord entry) {
        Map<String, String> fields = ChangeJson.parse(entry.getChanges());
        fields.remove("id");
        return new RowChange(entry.getTableName(), entry.getRowId(), entry.getSiteId(),
                new Stamp(entry.getHlc(), entry.getNodeId()), fields);
    }

    private static org.techbench.store.schema.tables.records.SyncStateRecord stateRow(DSLContext dsl) {
        return dsl.selectFrom(SYNC_STATE).where(SYNC_STATE.SINGLETON.eq(1)).fetchSingle();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(store.wallClock()).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String shorten(String reason) {
        String text = reason == null ? "refused without a reason" : reason;
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
