package org.techbench.replication;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.techbench.domain.sync.BaseStamps;
import org.techbench.domain.sync.FieldClocks;
import org.techbench.domain.sync.Merge;
import org.techbench.domain.sync.RowChange;
import org.techbench.domain.sync.RowState;
import org.techbench.domain.sync.SnapshotRow;
import org.techbench.domain.sync.Stamp;
import org.techbench.domain.sync.Versioned;

/**
 * Applies a change from elsewhere to a synced row through {@link Merge}, the same way on laptop
 * and hub, writing no outbox entry. Append-only rows are inserted once and never change.
 */
public final class RowMerger {

    /** The columns of a synced row that are its bookkeeping, not its fields. */
    static final Set<String> NOT_FIELDS = Set.of("id", "hlc", "field_clocks", "cl");

    /** The parameter that stands for a row's id in statements rendered once per shape. */
    private static final Field<UUID> ID = DSL.param("id", UUID.class);

    private RowMerger() {
    }

    /** What a change did: the part of it that won (null when nothing did) and the local edits that lost. */
    public record Outcome(RowChange effect, Merge.Result merge) {

        public boolean changedAnything() {
            return effect != null;
        }
    }

    /** The row's fields as {@link Merge} sees them, or null when there is no such row. */
    public static RowState stateOf(Record row, SyncedTable synced) {
        FieldClocks clocks = FieldClocks.decode(row.get(synced.fieldClocks()));
        Map<String, Versioned> fields = new LinkedHashMap<>();
        for (Field<?> field : row.fields()) {
            String name = field.getName();
            if (!NOT_FIELDS.contains(name)) {
                fields.put(name, new Versioned(SyncValues.text(row.get(field)), clocks.of(name)));
            }
        }
        return new RowState(fields, row.get(synced.causalLength()));
    }

    /**
     * Merges {@code change} into its row. {@code pendingLocal} names the fields this replica has
     * changed and not yet had acknowledged: when one of them loses, the merge reports a conflict.
     */
    public static Outcome apply(PreparedStatements statements, RowChange change, Set<String> pendingLocal) {
        return apply(statements, change, pendingLocal, null);
    }

    /**
     * Merges as above on the laptop {@code self} (null on the hub): an incoming edit that replaces
     * this laptop's synced value without having seen it is reported as a conflict too.
     */
    public static Outcome apply(PreparedStatements statements, RowChange given, Set<String> pendingLocal, String self) {
        SyncedTable synced = SyncedTable.named(given.table());
        Record current = lockedRow(statements, synced, given.rowId());
        // A row's first insert meeting a row already here (a duplicate this laptop merged into it
        // before the insert arrived): the insert's creation stamps the fields it left empty too.
        boolean insertOntoRow = current != null && synced.mutable()
                && "1".equals(given.fields().get(RowChange.CAUSAL_LENGTH)) && coversRequiredColumns(synced, given.fields());
        RowChange change = insertOntoRow ? DuplicateRows.asFullInsert(given) : given;
        if (!synced.mutable()) {
            if (current != null) {
                return new Outcome(null, unchanged(null));
            }
            insertOne(statements, synced, change.rowId(), change.fields(), change.stamp().hlc(), null, 0);
            return new Outcome(change, unchanged(change.asState()));
        }
        RowState incoming = change.asState();
        if (current == null) {
            if (!coversRequiredColumns(synced, change.fields())) {
                throw new IllegalArgumentException("a change to " + change.table() + " row " + change.rowId()
                        + " arrived before the row itself");
            }
            insertOne(statements, synced, change.rowId(), change.fields(), change.stamp().hlc(),
                    FieldClocks.createdAt(change.stamp()).encode(), Math.max(1, incoming.causalLength()));
            return new Outcome(change, new Merge.Result(incoming, incoming.fields().keySet(), List.of()));
        }
        RowState local = stateOf(current, synced);
        Merge.Result merged = Merge.apply(local, incoming, pendingLocal, change.base(), self);
        Map<String, String> won = new LinkedHashMap<>();
        incoming.fields().forEach((name, versioned) -> {
            if (merged.state().fields().get(name).stamp().equals(change.stamp()) && !versioned.equals(local.fields().get(name))) {
                won.put(name, (String) versioned.value());
            }
        });
        boolean longer = incoming.causalLength() > local.causalLength();
        if (won.isEmpty() && !longer) {
            return new Outcome(null, merged);
        }
        FieldClocks clocks = FieldClocks.decode(current.get(synced.fieldClocks())).with(won.keySet(), change.stamp());
        Map<Field<?>, Object> assignments = new LinkedHashMap<>();
        won.forEach((name, text) -> {
            Field<?> field = synced.table().field(name);
            assignments.put(field, SyncValues.parse(field, text));
        });
        assignments.put(synced.fieldClocks(), clocks.encode());
        assignments.put(synced.hlc(), Math.max(current.get(synced.hlc()), change.stamp().hlc()));
        if (longer) {
            assignments.put(synced.causalLength(), incoming.causalLength());
            won.put(RowChange.CAUSAL_LENGTH, Integer.toString(incoming.causalLength()));
        }
        update(statements, synced, change.rowId(), assignments);
        // What the won fields were based on travels on with them: the laptops that wrote the values
        // they replaced tell from it whether their value was seen.
        Map<String, Stamp> base = new LinkedHashMap<>(change.base());
        base.keySet().retainAll(won.keySet());
        if (!base.isEmpty()) {
            won.put(RowChange.BASE, BaseStamps.encode(base));
        }
        return new Outcome(new RowChange(change.table(), change.rowId(), change.siteId(), change.stamp(), won), merged);
    }

    /** The row with this id, locked until the transaction ends; null when there is none. */
    private static Record lockedRow(PreparedStatements statements, SyncedTable synced, UUID id) {
        DSLContext dsl = statements.dsl();
        PreparedStatement select = statements.of(new RenderedStatements.Shape("lock row", synced.table(), List.of()),
                () -> dsl.selectFrom(synced.table()).where(synced.id().eq(ID)).forUpdate());
        try {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                Result<Record> rows = dsl.fetch(row, synced.table().fields());
                return rows.isEmpty() ? null : rows.getFirst();
            }
        } catch (SQLException e) {
            throw new DataAccessException("reading " + synced.name() + " row " + id, e);
        }
    }

    private static void update(PreparedStatements statements, SyncedTable synced, UUID id,
                               Map<Field<?>, Object> assignments) {
        DSLContext dsl = statements.dsl();
        List<Field<?>> written = List.copyOf(assignments.keySet());
        PreparedStatement update = statements.of(new RenderedStatements.Shape("merge", synced.table(), written), () -> {
            Map<Field<?>, Object> parameters = new LinkedHashMap<>();
            written.forEach(field -> parameters.put(field, DSL.param(field.getName(), field.getDataType())));
            return dsl.update(synced.table()).set(parameters).where(synced.id().eq(ID));
        });
        List<Field<?>> fields = new ArrayList<>(written);
        fields.add(synced.id());
        Object[] values = new Object[fields.size()];
        int i = 0;
        for (Object value : assignments.values()) {
            values[i++] = value;
        }
        values[i] = id;
        execute(update, fields, values, synced);
    }

    private static void insertOne(PreparedStatements statements, SyncedTable synced, UUID id, Map<String, String> values,
                                  long hlc, String fieldClocks, int causalLength) {
        Field<?>[] fields = synced.table().fields();
        PreparedStatement insert = statements.of(new RenderedStatements.Shape("insert", synced.table(), List.of(fields)),
                () -> statements.dsl().insertInto(synced.table(), fields).values(new Object[fields.length]));
        execute(insert, List.of(fields), columnValues(fields, id, values, hlc, fieldClocks, causalLength), synced);
    }

    private static void execute(PreparedStatement statement, List<Field<?>> fields, Object[] values, SyncedTable synced) {
        try {
            PreparedStatements.bind(statement, fields, values);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("writing a " + synced.name() + " row", e);
        }
    }

    /**
     * Merges a whole row from a snapshot. Returns false when the local row already held
     * everything it says.
     */
    public static boolean applySnapshot(DSLContext dsl, SyncedTable synced, SnapshotRow row) {
        return applySnapshot(dsl, synced, row, null, null);
    }

    /**
     * Merges a snapshot row on the laptop {@code self}; every value this laptop wrote that loses to
     * another goes to its conflict list, stamped {@code now}. A snapshot row does not say what its
     * writes were based on, so a value of this laptop's that they replaced counts as unseen: a
     * conflict too many rather than an edit lost without a trace (a snapshot resumed after this
     * laptop's first edits is the one time this happens).
     */
    public static boolean applySnapshot(DSLContext dsl, SyncedTable synced, SnapshotRow row, String self,
                                        java.time.OffsetDateTime now) {
        Record current = dsl.selectFrom(synced.table()).where(synced.id().eq(row.id())).forUpdate().fetchOne();
        if (current == null) {
            insert(dsl, synced, row.id(), row.values(), row.hlc(), row.fieldClocks(), row.causalLength());
            return true;
        }
        if (!synced.mutable()) {
            return false;
        }
        RowState local = stateOf(current, synced);
        Set<String> own = new java.util.HashSet<>();
        if (self != null) {
            local.fields().forEach((name, versioned) -> {
                if (versioned.stamp().node().equals(self)) {
                    own.add(name);
                }
            });
        }
        Merge.Result result = Merge.apply(local, row.asState(), own);
        for (var conflict : result.conflicts()) {
            ConflictList.recordConflict(dsl, new org.techbench.domain.sync.LostField(synced.name(), row.id(),
                    current.get(synced.siteId()), conflict.field(), (String) conflict.lost().value(),
                    conflict.lost().stamp(), (String) conflict.won().value(), conflict.won().stamp()), now);
        }
        RowState merged = result.state();
        if (merged.equals(local)) {
            return false;
        }
        write(dsl, synced, row.id(), merged, Math.max(current.get(synced.hlc()), row.hlc()));
        return true;
    }

    /** Rows an insert statement of a first sync carries: H2 starts and ends a statement once for them all. */
    static final int ROWS_PER_INSERT = 64;

    /** Inserts rows that are known to be absent, in one batch: the fast path of a first sync. */
    static void insertAll(DSLContext dsl, RenderedStatements statements, SyncedTable synced, List<SnapshotRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Table<?> table = synced.table();
        Field<?>[] fields = table.fields();
        InsertBinding binding = new InsertBinding(fields, rows.getFirst());
        int whole = rows.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
        dsl.connection(connection -> {
            if (whole > 0) {
                try (var many = connection.prepareStatement(insertSql(dsl, statements, table, fields, ROWS_PER_INSERT))) {
                    for (int start = 0; start < whole; start += ROWS_PER_INSERT) {
                        for (int r = 0; r < ROWS_PER_INSERT; r++) {
                            binding.bind(many, r * fields.length, rows.get(start + r));
                        }
                        many.addBatch();
                    }
                    many.executeBatch();
                }
            }
            if (whole < rows.size()) {
                try (var one = connection.prepareStatement(insertSql(dsl, statements, table, fields, 1))) {
                    for (SnapshotRow row : rows.subList(whole, rows.size())) {
                        binding.bind(one, 0, row);
                        one.addBatch();
                    }
                    one.executeBatch();
                }
            }
        });
    }

    private static String insertSql(DSLContext dsl, RenderedStatements statements, Table<?> table, Field<?>[] fields,
                                    int rows) {
        return statements.sql(dsl, new RenderedStatements.Shape("insert " + rows + " rows", table, List.of(fields)), () -> {
            var insert = dsl.insertInto(table, fields).values(new Object[fields.length]);
            for (int r = 1; r < rows; r++) {
                insert = insert.values(new Object[fields.length]);
            }
            return insert;
        });
    }

    /** Replaces a row's every field and clock with the given state: the hub's word over a refused local edit. */
    static void write(DSLContext dsl, SyncedTable synced, UUID id, RowState state, long hlc) {
        Table<?> table = synced.table();
        Map<Field<?>, Object> assignments = new LinkedHashMap<>();
        Map<String, Stamp> stamps = new LinkedHashMap<>();
        state.fields().forEach((name, versioned) -> {
            Field<?> field = table.field(name);
            if (field != null) {
                assignments.put(field, SyncValues.parse(field, (String) versioned.value()));
                stamps.put(name, versioned.stamp());
            }
        });
        assignments.put(synced.fieldClocks(), clocksOf(stamps).encode());
        assignments.put(synced.hlc(), hlc);
        assignments.put(synced.causalLength(), state.causalLength());
        dsl.update(table).set(assignments).where(synced.id().eq(id)).execute();
    }

    /** Field clocks for a set of stamps: the most common stamp stands for the untouched fields. */
    private static FieldClocks clocksOf(Map<String, Stamp> stamps) {
        Map<Stamp, Integer> counts = new LinkedHashMap<>();
        stamps.values().forEach(stamp -> counts.merge(stamp, 1, Integer::sum));
        Stamp common = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        FieldClocks clocks = FieldClocks.createdAt(common);
        for (var entry : stamps.entrySet()) {
            if (!entry.getValue().equals(common)) {
                clocks = clocks.with(List.of(entry.getKey()), entry.getValue());
            }
        }
        return clocks;
    }

    private static void insert(DSLContext dsl, SyncedTable synced, UUID id, Map<String, String> values, long hlc,
                               String fieldClocks, int causalLength) {
        Table<?> table = synced.table();
        Field<?>[] fields = table.fields();
        Object[] row = columnValues(fields, id, values, hlc, fieldClocks, causalLength);
        dsl.insertInto(table, fields).values(row).execute();
    }

    /** A row's values in column order, each in its column's type. */
    private static Object[] columnValues(Field<?>[] fields, UUID id, Map<String, String> values, long hlc,
                                         String fieldClocks, int causalLength) {
        Object[] row = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            String name = fields[i].getName();
            row[i] = switch (name) {
                case "id" -> id;
                case "hlc" -> hlc;
                case "field_clocks" -> fieldClocks;
                case "cl" -> causalLength;
                default -> SyncValues.parse(fields[i], values.get(name));
            };
        }
        return row;
    }

    private static boolean coversRequiredColumns(SyncedTable synced, Map<String, String> values) {
        for (Field<?> field : synced.table().fields()) {
            String name = field.getName();
            if (!NOT_FIELDS.contains(name) && !field.getDataType().nullable() && values.get(name) == null) {
                return false;
            }
        }
        return true;
    }

    private static Merge.Result unchanged(RowState state) {
        return new Merge.Result(state, Set.of(), List.of());
    }
}
