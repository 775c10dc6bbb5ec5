package org.techbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;
import org.techbench.domain.sync.ColumnValues;
import org.techbench.domain.sync.SnapshotRow;

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
            snapshot.add(layout.rowOf(row::get));
        }
        return snapshot;
    }

    /**
     * Runs a query of whole rows of a synced table straight on JDBC: jOOQ's records and their
     * conversions were a tenth of the hub's work on each page of a first sync.
     */
    public static List<SnapshotRow> fetch(DSLContext dsl, ResultQuery<? extends Record> query) {
        Field<?>[] fields = query.fields();
        Layout layout = Layout.of(fields);
        String sql = query.getSQL();
        List<Object> binds = query.getBindValues();
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < binds.size(); i++) {
                    statement.setObject(i + 1, binds.get(i));
                }
                List<SnapshotRow> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    Column column = position -> {
                        try {
                            return result.getObject(position + 1, fields[position].getType());
                        } catch (SQLException e) {
                            throw new DataAccessException("A snapshot row could not be read: " + e.getMessage(), e);
                        }
                    };
                    while (result.next()) {
                        rows.add(layout.rowOf(column));
                    }
                }
                return rows;
            }
        });
    }

    /** A row's value at a position, whatever holds the row. */
    private interface Column {
        Object at(int position);
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

        SnapshotRow rowOf(Column row) {
            String[] values = new String[valuePositions.length];
            for (int v = 0; v < values.length; v++) {
                values[v] = SyncValues.text(row.at(valuePositions[v]));
            }
            return new SnapshotRow((UUID) row.at(id), siteId < 0 ? null : (UUID) row.at(siteId), (Long) row.at(hlc),
                    new ColumnValues(columns, values), fieldClocks < 0 ? null : (String) row.at(fieldClocks),
                    causalLength < 0 ? 0 : (Integer) row.at(causalLength));
        }
    }
}
