package org.techbench.replication;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.techbench.domain.sync.ColumnValues;
import org.techbench.domain.sync.SnapshotRow;
import org.techbench.domain.sync.SnapshotRowSink;

/**
 * Whole synced rows as a snapshot carries them: values in text form, in one layout shared by the
 * rows read together, with id, site, clock, field clocks and causal length apart.
 */
public final class SnapshotRows {

    private SnapshotRows() {
    }

    public static SnapshotRow of(Record row) {
        return of(List.of(row)).getFirst();
    }

    /** Rows read together (with the same fields). */
    public static List<SnapshotRow> of(List<? extends Record> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        // By position: jOOQ's lookup of a field in a record compares rendered names, which was
        // four fifths of the hub's work per snapshot row.
        Layout layout = Layout.of(rows.getFirst().fields());
        List<SnapshotRow> snapshot = new ArrayList<>(rows.size());
        for (Record row : rows) {
            snapshot.add(layout.rowOf(row));
        }
        return snapshot;
    }

    /** How many rows a page streamed, and the id of its last. */
    public record Streamed(int rows, UUID lastId) {
    }

    /**
     * Runs a query of whole rows of a synced table straight on JDBC and hands each row to the sink
     * as it is read: jOOQ's records and their conversions were a tenth of the hub's work on each
     * page of a first sync, and an object for each row of the page a tenth more. Text and ids are
     * read as text, which is what the sink takes.
     */
    public static Streamed stream(DSLContext dsl, String table, ResultQuery<? extends Record> query, SnapshotRowSink sink) {
        Field<?>[] fields = query.fields();
        Layout layout = Layout.of(fields);
        String sql = query.getSQL();
        List<Object> binds = query.getBindValues();
        sink.start(table, layout.columns());
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < binds.size(); i++) {
                    statement.setObject(i + 1, binds.get(i));
                }
                int count = 0;
                UUID last = null;
                String[] values = new String[layout.valuePositions().length];
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        last = result.getObject(layout.id() + 1, UUID.class);
                        for (int v = 0; v < values.length; v++) {
                            int position = layout.valuePositions()[v];
                            Class<?> type = fields[position].getType();
                            values[v] = type == String.class || type == UUID.class ? result.getString(position + 1)
                                    : SyncValues.text(result.getObject(position + 1, type));
                        }
                        sink.row(last, result.getLong(layout.hlc() + 1),
                                layout.fieldClocks() < 0 ? null : result.getString(layout.fieldClocks() + 1),
                                layout.causalLength() < 0 ? 0 : result.getInt(layout.causalLength() + 1), values);
                        count++;
                    }
                }
                return new Streamed(count, last);
            }
        });
    }

    /** Where id, site, clocks and the values sit among a query's fields. */
    private record Layout(int id, int siteId, int hlc, int fieldClocks, int causalLength, int[] valuePositions,
                          ColumnValues.Columns columns) {

        static Layout of(Field<?>[] fields) {
            int[] values = IntStream.range(0, fields.length)
                    .filter(i -> !RowMerger.NOT_FIELDS.contains(fields[i].getName())).toArray();
            return new Layout(position(fields, "id"), position(fields, "site_id"), position(fields, "hlc"),
                    position(fields, "field_clocks"), position(fields, "cl"), values,
                    new ColumnValues.Columns(Arrays.stream(values).mapToObj(i -> fields[i].getName()).toList()));
        }

        private static int position(Field<?>[] fields, String name) {
            for (int i = 0; i < fields.length; i++) {
                if (fields[i].getName().equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        SnapshotRow rowOf(Record row) {
            String[] values = new String[valuePositions.length];
            for (int v = 0; v < values.length; v++) {
                values[v] = SyncValues.text(row.get(valuePositions[v]));
            }
            return new SnapshotRow((UUID) row.get(id), siteId < 0 ? null : (UUID) row.get(siteId), (Long) row.get(hlc),
                    new ColumnValues(columns, values), fieldClocks < 0 ? null : (String) row.get(fieldClocks),
                    causalLength < 0 ? 0 : (Integer) row.get(causalLength));
        }
    }
}
