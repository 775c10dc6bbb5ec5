package org.techbench.replication;

import static org.techbench.schema.Tables.SYNC_BULK_WRITE;
import static org.techbench.schema.Tables.SYNC_OUTBOX;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import org.techbench.domain.sync.BaseStamps;
import org.techbench.domain.sync.FieldClocks;
import org.techbench.domain.sync.HybridClock;
import org.techbench.domain.sync.RowChange;
import org.techbench.domain.sync.Stamp;
import org.techbench.replication.RenderedStatements.Shape;
import org.techbench.schema.tables.records.AuditEventRecord;

/**
 * One local transaction. Each write of a synced row stamps it with the hybrid clock, updates its
 * field clocks and queues an outbox entry holding only the changed columns, all inside the same
 * database transaction as the write itself; a rollback therefore leaves no trace in the outbox.
 */
public final class CapturingTransaction {

    private static final Set<String> SYNC_COLUMNS = Set.of("id", "site_id", "hlc", "field_clocks", "cl");

    private final DSLContext dsl;
    private final HybridClock clock;
    private final String nodeId;
    private final UUID technicianId;
    private final Clock wallClock;
    private UUID mutationId;
    private final List<OutboxEntry> outbox = new ArrayList<>();
    private final Set<String> touched = new HashSet<>();
    private final RowMappings rows;
    private final RenderedStatements statements;
    private final long firstSeq;
    private long nextSeq;
    private boolean changedExistingRows;
    private boolean partsCommitted;
    private boolean insertsReadWhenSent;
    private BulkWriteUndo.Listener undoListener = BulkWriteUndo.Listener.NONE;

    public CapturingTransaction(DSLContext dsl, HybridClock clock, String nodeId, UUID technicianId, Clock wallClock,
                         long nextSeq, RenderedStatements statements, RowMappings rows) {
        this.rows = rows;
        this.dsl = dsl;
        this.clock = clock;
        this.nodeId = nodeId;
        this.technicianId = Objects.requireNonNull(technicianId, "every change records its technician");
        this.wallClock = wallClock;
        this.mutationId = Ids.next();
        this.firstSeq = nextSeq;
        this.nextSeq = nextSeq;
        this.statements = statements;
    }

    /** The id this transaction's outbox entries share (those of its current part, for a bulk write in parts). */
    public UUID mutationId() {
        return mutationId;
    }

    /** The sequence number of this transaction's first outbox entry. */
    public long firstSeq() {
        return firstSeq;
    }

    /** The sequence number the next transaction starts from, once this one has committed. */
    public long nextSeq() {
        return nextSeq;
    }

    public UUID technicianId() {
        return technicianId;
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(wallClock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    public DSLContext dsl() {
        return dsl;
    }

    /**
     * A row of {@code table} holding a domain record's values, matched by name (siteId into site_id,
     * an enum by its name): the one way repositories turn records into rows.
     */
    public <R extends TableRecord<R>> R row(Table<R> table, java.lang.Record domain) {
        return rows.row(dsl, table, domain);
    }

    /** Inserts new synced rows (mutable or append-only) and captures each in full. */
    public <R extends TableRecord<R>> void insert(List<R> records) {
        if (records.isEmpty()) {
            return;
        }
        for (R record : records) {
            Stamp stamp = new Stamp(clock.tick(), nodeId);
            SyncedTable synced = SyncedTable.of(record.getTable());
            record.set(synced.hlc(), stamp.hlc());
            if (synced.mutable()) {
                record.set(synced.fieldClocks(), FieldClocks.createdAt(stamp).encode());
                record.set(synced.causalLength(), 1);
                if (record.get(synced.archived()) == null) {
                    record.set(synced.archived(), false);
                }
            }
            queue(synced, (UUID) record.get(synced.id()), (UUID) record.get(synced.siteId()), stamp,
                    insertsReadWhenSent ? null : ChangeJson.of(record, true));
        }
        batchInsert(records);
        flushOutbox();
    }

    /**
     * From now on the rows this transaction adds leave outbox entries without their values, which
     * are read from the rows when the entries go up ({@link OutboxValues}): for a bulk write, whose
     * every row would otherwise be written twice (a quarter of a whole export's import).
     */
    public void readInsertsWhenSent() {
        insertsReadWhenSent = true;
    }

    /** Writes the queued outbox entries now, so a large import does not hold them all in memory. */
    private void flushOutbox() {
        if (outbox.isEmpty()) {
            return;
        }
        String sql = statements.sql(dsl, new Shape("insert", SYNC_OUTBOX, OutboxEntry.COLUMNS),
                () -> dsl.insertInto(SYNC_OUTBOX, OutboxEntry.COLUMNS).values(new Object[OutboxEntry.COLUMNS.size()]));
        runBatch(sql, outbox, OutboxEntry::values);
        outbox.clear();
    }

    private <R extends TableRecord<R>> void batchInsert(List<R> records) {
        Table<R> table = records.getFirst().getTable();
        Field<?>[] fields = table.fields();
        String sql = statements.sql(dsl, new Shape("insert", table, List.of(fields)),
                () -> dsl.insertInto(table, fields).values(new Object[fields.length]));
        runBatch(sql, records, record -> {
            List<Object> values = new ArrayList<>(fields.length);
            for (int i = 0; i < fields.length; i++) {
                values.add(record.get(i));
            }
            return values;
        });
    }

    /**
     * One JDBC prepared statement bound once per row, in batches of 1,000: several times faster
     * than storing jOOQ records one by one, which matters for imports and demo data.
     */
    private <T> void runBatch(String sql, List<T> rows, Function<T, List<Object>> values) {
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int pending = 0;
                for (T row : rows) {
                    bind(statement, values.apply(row));
                    statement.addBatch();
                    if (++pending == 1_000) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
        });
    }

    public <R extends TableRecord<R>> void insert(R record) {
        insert(List.of(record));
    }

    /**
     * Writes the given values into an existing mutable row; only the values that differ from
     * the stored ones are written, clocked and queued. Returns the names of the changed fields.
     * Runs on plain JDBC with statements rendered once per shape: this is the path of every edit
     * in the window, and rendering its three statements with jOOQ at each call was a quarter of its time.
     */
    public List<String> update(Table<?> table, UUID id, Map<Field<?>, Object> values) {
        SyncedTable synced = SyncedTable.of(table);
        if (!synced.mutable()) {
            throw new IllegalArgumentException(table.getName() + " is append-only");
        }
        changedExistingRows = true;
        List<Field<?>> read = new ArrayList<>(values.keySet());
        read.add(synced.siteId());
        read.add(synced.fieldClocks());
        // No row lock: every local write holds the store's write lock, and the store file is
        // locked to this process, so nothing can change the row between this read and the write.
        String select = statements.sql(dsl, new Shape("select", table, read),
                () -> dsl.select(read).from(table).where(synced.id().eq(idParameter())));
        Object[] current = dsl.connectionResult(connection -> readRow(connection, select, read, id));
        if (current == null) {
            throw new IllegalArgumentException("no " + table.getName() + " row " + id);
        }
        Map<Field<?>, Object> changed = new LinkedHashMap<>();
        int column = 0;
        for (var value : values.entrySet()) {
            if (!Objects.equals(current[column++], value.getValue())) {
                changed.put(value.getKey(), value.getValue());
            }
        }
        if (changed.isEmpty()) {
            return List.of();
        }
        UUID siteId = (UUID) current[column];
        String storedClocks = (String) current[column + 1];
        Stamp stamp = new Stamp(clock.tick(), nodeId);
        List<String> names = new ArrayList<>(changed.size());
        changed.keySet().forEach(field -> names.add(field.getName()));
        String clocks = FieldClocks.restamp(storedClocks, names, stamp);

        List<Field<?>> written = new ArrayList<>(changed.keySet());
        written.add(synced.hlc());
        written.add(synced.fieldClocks());
        String update = statements.sql(dsl, new Shape("update", table, written), () -> {
            Map<Field<?>, Object> assignments = new LinkedHashMap<>();
            written.forEach(field -> assignments.put(field, DSL.param(field.getName(), field.getDataType())));
            return dsl.update(table).set(assignments).where(synced.id().eq(idParameter()));
        });
        List<Object> arguments = new ArrayList<>(changed.values());
        arguments.add(stamp.hlc());
        arguments.add(clocks);
        arguments.add(id);
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(update)) {
                bind(statement, arguments);
                statement.executeUpdate();
            }
        });
        // The stamps of the values replaced, so that whoever wrote them learns if this edit never saw them.
        FieldClocks before = FieldClocks.decode(storedClocks);
        Map<String, Stamp> base = new LinkedHashMap<>();
        names.forEach(name -> base.put(name, before.of(name)));
        queue(synced, id, siteId, stamp, ChangeJson.of(changed, BaseStamps.encode(base)));
        return names;
    }

    private static Field<UUID> idParameter() {
        return DSL.param("id", UUID.class);
    }

    private static Object[] readRow(Connection connection, String select, List<Field<?>> fields, UUID id)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                Object[] values = new Object[fields.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = row.getObject(i + 1, fields.get(i).getType());
                }
                return values;
            }
        }
    }

    private static void bind(PreparedStatement statement, List<Object> arguments) throws SQLException {
        for (int i = 0; i < arguments.size(); i++) {
            statement.setObject(i + 1, arguments.get(i));
        }
    }

    /**
     * Removes a mutable row: its causal length becomes even. The row stays behind as a tombstone
     * so that the removal syncs and wins over older edits.
     */
    public void remove(Table<?> table, UUID id) {
        changedExistingRows = true;
        SyncedTable synced = SyncedTable.of(table);
        Record current = lockedRow(synced, id);
        int causalLength = current.get(synced.causalLength());
        if (causalLength % 2 == 0) {
            return;
        }
        Stamp stamp = new Stamp(clock.tick(), nodeId);
        dsl.update(table).set(synced.causalLength(), causalLength + 1).set(synced.hlc(), stamp.hlc())
                .where(synced.id().eq(id)).execute();
        queue(synced, id, current.get(synced.siteId()), stamp,
                ChangeJson.ofFields(Map.of(RowChange.CAUSAL_LENGTH, Integer.toString(causalLength + 1))));
    }

    /** Brings a removed row back with the values of {@code record}: its causal length becomes odd again. */
    public void recreate(TableRecord<?> record) {
        changedExistingRows = true;
        SyncedTable synced = SyncedTable.of(record.getTable());
        UUID id = (UUID) record.get(synced.id());
        Record current = lockedRow(synced, id);
        int causalLength = current.get(synced.causalLength());
        if (causalLength % 2 == 1) {
            throw new IllegalArgumentException(synced.name() + " row " + id + " exists already");
        }
        Stamp stamp = new Stamp(clock.tick(), nodeId);
        Map<Field<?>, Object> assignments = new LinkedHashMap<>();
        Map<String, String> fields = new LinkedHashMap<>();
        for (Field<?> field : record.fields()) {
            if (!SYNC_COLUMNS.contains(field.getName()) || field.getName().equals("site_id")) {
                assignments.put(field, record.get(field));
                fields.put(field.getName(), SyncValues.text(record.get(field)));
            }
        }
        assignments.put(synced.causalLength(), causalLength + 1);
        assignments.put(synced.hlc(), stamp.hlc());
        assignments.put(synced.fieldClocks(), FieldClocks.createdAt(stamp).encode());
        dsl.update(synced.table()).set(assignments).where(synced.id().eq(id)).execute();
        fields.put(RowChange.CAUSAL_LENGTH, Integer.toString(causalLength + 1));
        queue(synced, id, current.get(synced.siteId()), stamp, ChangeJson.ofFields(fields));
    }

    private Record lockedRow(SyncedTable synced, UUID id) {
        Record current = dsl.selectFrom(synced.table()).where(synced.id().eq(id)).forUpdate().fetchOne();
        if (current == null) {
            throw new IllegalArgumentException("no " + synced.name() + " row " + id);
        }
        return current;
    }

    /** Writes the non-sync columns set in {@code record} into its existing row (see {@link #update}). */
    public List<String> updateFrom(TableRecord<?> record) {
        SyncedTable synced = SyncedTable.of(record.getTable());
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        for (Field<?> field : record.fields()) {
            // Only what the record was given: a column the domain record does not know (archived) stays.
            if (!SYNC_COLUMNS.contains(field.getName()) && record.changed(field)) {
                values.put(field, record.get(field));
            }
        }
        return update(synced.table(), (UUID) record.get(synced.id()), values);
    }

    /** Leaves one audit entry per row written in bulk, in one batch. */
    public void auditAll(String action, String tableName, List<UUID> rowIds, List<UUID> siteIds, List<String> summaries) {
        List<AuditEventRecord> entries = new ArrayList<>(rowIds.size());
        OffsetDateTime at = now();
        for (int i = 0; i < rowIds.size(); i++) {
            entries.add(auditEntry(action, tableName, rowIds.get(i), siteIds.get(i), summaries.get(i), at));
        }
        // Captured like any row: the audit trail syncs, so that a manager sees the team's.
        insert(entries);
    }

    private AuditEventRecord auditEntry(String action, String tableName, UUID rowId, UUID siteId, String summary,
                                        OffsetDateTime at) {
        var entry = new AuditEventRecord();
        entry.setId(Ids.next());
        entry.setSiteId(siteId);
        entry.setTechnicianId(technicianId);
        entry.setHappenedAt(at);
        entry.setAction(action);
        entry.setTableName(tableName);
        entry.setRowId(rowId);
        entry.setSummary(shorten(summary));
        return entry;
    }

    private static String shorten(String summary) {
        return summary.length() > 1000 ? summary.substring(0, 1000) : summary;
    }

    /** Leaves an audit entry for this transaction's technician. */
    public void audit(String action, String tableName, UUID rowId, UUID siteId, String summary) {
        insert(List.of(auditEntry(action, tableName, rowId, siteId, summary, now())));
    }

    /**
     * Writes the queued outbox entries. The clock's high-water mark and the next sequence number are
     * persisted by those entries themselves (each holds its clock and number): the store reads
     * them back at start, and moves them into {@code sync_node} before entries leave the outbox.
     * That saves a statement on every local write.
     */
    public void finish() {
        flushOutbox();
        if (partsCommitted) {
            dsl.deleteFrom(SYNC_BULK_WRITE).where(SYNC_BULK_WRITE.FIRST_SEQ.eq(firstSeq)).execute();
        }
    }

    /**
     * Ends a part of a bulk write (an import writes one per few thousand rows). What follows goes
     * up as a mutation of its own: the hub takes pushes of at most 16 MB, and a whole export as one
     * mutation never went up. And the part is committed, unless the transaction has changed rows
     * that existed before it (removing rows could not undo that): one transaction of a million rows
     * spent a fifth of its time in its commit alone. The first committed part lists the write in
     * {@code sync_bulk_write}; should the write then fail, or the laptop stop, the store removes the
     * rows the parts' outbox entries name, so the write is still whole or absent (see {@link BulkWriteUndo}).
     */
    public void endPart() {
        flushOutbox();
        mutationId = Ids.next();
        if (changedExistingRows) {
            return;
        }
        if (!partsCommitted) {
            dsl.insertInto(SYNC_BULK_WRITE).set(SYNC_BULK_WRITE.FIRST_SEQ, firstSeq)
                    .set(SYNC_BULK_WRITE.STARTED_AT, now()).execute();
            partsCommitted = true;
        }
        dsl.connection(Connection::commit);
    }

    /** Hears how the undo of committed parts goes, should this transaction fail: it takes a while for a large import. */
    public void onUndo(BulkWriteUndo.Listener listener) {
        this.undoListener = listener;
    }

    /** Who hears how an undo of this transaction's parts goes. */
    public BulkWriteUndo.Listener undoListener() {
        return undoListener;
    }

    /** Whether parts of this transaction are committed already: a failure must then undo them. */
    public boolean partsCommitted() {
        return partsCommitted;
    }

    /** The tables this transaction wrote rows of, so far. */
    public Set<String> touchedTables() {
        return Set.copyOf(touched);
    }

    private void queue(SyncedTable synced, UUID rowId, UUID siteId, Stamp stamp, String changes) {
        touched.add(synced.name());
        outbox.add(new OutboxEntry(nextSeq++, mutationId, synced.name(), rowId, siteId, stamp, changes, technicianId,
                now()));
    }
}
