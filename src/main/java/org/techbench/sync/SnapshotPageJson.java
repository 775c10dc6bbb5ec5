package org.techbench.sync;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.techbench.domain.sync.ColumnValues;
import org.techbench.domain.sync.SnapshotPage;
import org.techbench.domain.sync.SnapshotRow;
import org.techbench.domain.sync.SnapshotRowSink;

/**
 * A snapshot page on the wire, by columns: the column names once, then each row as an array
 * {@code [id, hlc, fieldClocks, causalLength, value…]}. A first sync moves over a million rows, and
 * naming every value in every row made the JSON nearly twice as long to write, send and read.
 * A row's site is its {@code site_id} value.
 */
final class SnapshotPageJson {

    private static final String SITE_COLUMN = "site_id";

    private SnapshotPageJson() {
    }

    /** Writes a page by columns. */
    static final class Writer extends JsonSerializer<SnapshotPage> {

        @Override
        public void serialize(SnapshotPage page, JsonGenerator json, SerializerProvider provider) {
            ColumnValues.Columns columns = layoutOf(page.rows());
            var writer = new RowWriter(json);
            writer.start(page.table(), columns);
            String[] values = new String[columns.size()];
            for (SnapshotRow row : page.rows()) {
                boolean laidOut = row.values() instanceof ColumnValues laid && laid.columns() == columns;
                for (int c = 0; c < values.length; c++) {
                    values[c] = laidOut ? ((ColumnValues) row.values()).valueAt(c) : row.values().get(columns.name(c));
                }
                writer.row(row.id(), row.hlc(), row.fieldClocks(), row.causalLength(), values);
            }
            writer.end(page.lastId(), page.tableDone(), page.cursor());
        }

        /** The rows' shared layout, or every column any row names, in the order first met. */
        private static ColumnValues.Columns layoutOf(List<SnapshotRow> rows) {
            if (!rows.isEmpty() && rows.getFirst().values() instanceof ColumnValues first
                    && rows.stream().allMatch(row -> row.values() instanceof ColumnValues values
                    && values.columns() == first.columns())) {
                return first.columns();
            }
            Set<String> names = new LinkedHashSet<>();
            rows.forEach(row -> names.addAll(row.values().keySet()));
            return new ColumnValues.Columns(new ArrayList<>(names));
        }
    }

    /** Writes a page by columns as its rows come, without a {@link SnapshotPage} of them. */
    static final class RowWriter implements SnapshotRowSink {

        private final JsonGenerator json;

        RowWriter(JsonGenerator json) {
            this.json = json;
        }

        @Override
        public void start(String table, ColumnValues.Columns columns) {
            try {
                json.writeStartObject();
                json.writeStringField("table", table);
                json.writeArrayFieldStart("columns");
                for (String name : columns.names()) {
                    json.writeString(name);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("rows");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void row(UUID id, long hlc, String fieldClocks, int causalLength, String[] values) {
            try {
                json.writeStartArray();
                json.writeString(id.toString());
                json.writeNumber(hlc);
                json.writeString(fieldClocks);
                json.writeNumber(causalLength);
                for (String value : values) {
                    json.writeString(value);
                }
                json.writeEndArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void end(UUID lastId, boolean tableDone, long cursor) {
            try {
                json.writeEndArray();
                json.writeStringField("lastId", lastId == null ? null : lastId.toString());
                json.writeBooleanField("tableDone", tableDone);
                json.writeNumberField("cursor", cursor);
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads a page by columns, strictly: anything out of shape is refused, not guessed at. */
    static final class Reader extends JsonDeserializer<SnapshotPage> {

        @Override
        public SnapshotPage deserialize(JsonParser json, DeserializationContext context) throws IOException {
            if (!json.isExpectedStartObjectToken()) {
                return refuse(context, "a snapshot page is an object");
            }
            String table = null;
            ColumnValues.Columns columns = null;
            List<SnapshotRow> rows = null;
            UUID lastId = null;
            Boolean tableDone = null;
            Long cursor = null;
            String field;
            while ((field = json.nextFieldName()) != null) {
                JsonToken token = json.nextToken();
                switch (field) {
                    case "table" -> table = text(json, context, "table");
                    case "columns" -> columns = columns(json, context);
                    case "rows" -> {
                        if (columns == null) {
                            return refuse(context, "a snapshot page names its columns before its rows");
                        }
                        rows = rows(json, context, columns);
                    }
                    case "lastId" -> lastId = token == JsonToken.VALUE_NULL ? null : uuid(json, context, "lastId");
                    case "tableDone" -> {
                        if (!token.isBoolean()) {
                            return refuse(context, "tableDone is true or false");
                        }
                        tableDone = json.getBooleanValue();
                    }
                    case "cursor" -> {
                        if (token != JsonToken.VALUE_NUMBER_INT) {
                            return refuse(context, "cursor is a whole number");
                        }
                        cursor = json.getLongValue();
                    }
                    default -> {
                        return refuse(context, "unknown field " + field + " in a snapshot page");
                    }
                }
            }
            if (table == null || rows == null || tableDone == null || cursor == null) {
                return refuse(context, "a snapshot page needs table, columns, rows, tableDone and cursor");
            }
            return new SnapshotPage(table, rows, lastId, tableDone, cursor);
        }

        private static ColumnValues.Columns columns(JsonParser json, DeserializationContext context) throws IOException {
            if (!json.isExpectedStartArrayToken()) {
                return refuse(context, "columns is a list of names");
            }
            List<String> names = new ArrayList<>();
            while (json.nextToken() != JsonToken.END_ARRAY) {
                names.add(text(json, context, "a column name"));
            }
            try {
                return new ColumnValues.Columns(names);
            } catch (IllegalArgumentException e) {
                return refuse(context, e.getMessage());
            }
        }

        private static List<SnapshotRow> rows(JsonParser json, DeserializationContext context, ColumnValues.Columns columns)
                throws IOException {
            if (!json.isExpectedStartArrayToken()) {
                return refuse(context, "rows is a list of rows");
            }
            int site = columns.indexOf(SITE_COLUMN);
            List<SnapshotRow> rows = new ArrayList<>();
            String[] values = new String[columns.size()];
            while (json.nextToken() == JsonToken.START_ARRAY) {
                json.nextToken();
                UUID id = uuid(json, context, "a row's id");
                long hlc = number(json, context).longValue();
                String fieldClocks = json.nextToken() == JsonToken.VALUE_NULL ? null : text(json, context, "fieldClocks");
                int causalLength = Math.toIntExact(number(json, context).longValue());
                for (int c = 0; c < values.length; c++) {
                    values[c] = json.nextToken() == JsonToken.VALUE_NULL ? null : text(json, context, columns.name(c));
                }
                if (json.nextToken() != JsonToken.END_ARRAY) {
                    return refuse(context, "a row has more values than the page has columns");
                }
                UUID siteId = site < 0 || values[site] == null ? null : uuid(values[site], context, SITE_COLUMN);
                rows.add(new SnapshotRow(id, siteId, hlc, new ColumnValues(columns, values), fieldClocks, causalLength));
            }
            if (!json.hasToken(JsonToken.END_ARRAY)) {
                return refuse(context, "each row is a list of values");
            }
            return rows;
        }

        private static Long number(JsonParser json, DeserializationContext context) throws IOException {
            if (json.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                return refuse(context, "a row's clock and causal length are whole numbers");
            }
            return json.getLongValue();
        }

        private static String text(JsonParser json, DeserializationContext context, String what) throws IOException {
            if (!json.hasToken(JsonToken.VALUE_STRING)) {
                return refuse(context, what + " is text");
            }
            return json.getText();
        }

        private static UUID uuid(JsonParser json, DeserializationContext context, String what) throws IOException {
            return uuid(text(json, context, what), context, what);
        }

        private static UUID uuid(String text, DeserializationContext context, String what) throws IOException {
            try {
                return UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                return refuse(context, what + " is not an id: " + text);
            }
        }

        private static <T> T refuse(DeserializationContext context, String problem) throws IOException {
            return context.reportInputMismatch(SnapshotPage.class, "Malformed snapshot page: %s", problem);
        }
    }
}
