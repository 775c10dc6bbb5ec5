package org.techbench.replication;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import org.jooq.Field;
import org.techbench.domain.sync.ColumnValues;
import org.techbench.domain.sync.SnapshotRow;

/**
 * How the rows of a first sync's page fill an insert statement's parameters, worked out once per
 * page: a million rows of a dozen values each made the per-value look-ups by column name and the
 * driver's conversion of untyped values a fifth of the laptop's inserting. Only for the laptop's
 * H2 store: PostgreSQL, which a hub may use, takes no text for a date, so the one-row insert that
 * hubs run binds every value in its column's type.
 */
final class InsertBinding {

    private static final int ID = -1;
    private static final int HLC = -2;
    private static final int FIELD_CLOCKS = -3;
    private static final int CAUSAL_LENGTH = -4;
    private static final int ABSENT = -5;

    private final Field<?>[] fields;
    private final ColumnValues.Columns layout;
    /** Per field: where its value sits in {@link #layout}, or one of the codes above. */
    private final int[] sources;
    /** Text and date columns take the text as it came: H2 reads an ISO date faster than LocalDate.parse. */
    private final boolean[] asText;

    InsertBinding(Field<?>[] fields, SnapshotRow first) {
        this.fields = fields;
        this.layout = first.values() instanceof ColumnValues values ? values.columns() : null;
        this.sources = new int[fields.length];
        this.asText = new boolean[fields.length];
        for (int i = 0; i < fields.length; i++) {
            String name = fields[i].getName();
            sources[i] = switch (name) {
                case "id" -> ID;
                case "hlc" -> HLC;
                case "field_clocks" -> FIELD_CLOCKS;
                case "cl" -> CAUSAL_LENGTH;
                default -> layout == null || layout.indexOf(name) < 0 ? ABSENT : layout.indexOf(name);
            };
            asText[i] = fields[i].getType() == String.class || fields[i].getType() == LocalDate.class;
        }
    }

    /** Sets the row's values as the parameters after {@code offset}. */
    void bind(PreparedStatement statement, int offset, SnapshotRow row) throws SQLException {
        ColumnValues laidOut = row.values() instanceof ColumnValues values && values.columns() == layout ? values : null;
        for (int i = 0; i < fields.length; i++) {
            int parameter = offset + i + 1;
            switch (sources[i]) {
                case ID -> statement.setObject(parameter, row.id());
                case HLC -> statement.setLong(parameter, row.hlc());
                case FIELD_CLOCKS -> statement.setString(parameter, row.fieldClocks());
                case CAUSAL_LENGTH -> statement.setInt(parameter, row.causalLength());
                default -> {
                    String text = laidOut == null ? row.values().get(fields[i].getName())
                            : sources[i] == ABSENT ? null : laidOut.valueAt(sources[i]);
                    if (asText[i]) {
                        statement.setString(parameter, text);
                    } else {
                        statement.setObject(parameter, SyncValues.parse(fields[i], text));
                    }
                }
            }
        }
    }
}
