package org.techbench.replication;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Record;
import org.techbench.domain.sync.RowChange;

/**
 * Writes the changed columns of a row as one JSON object: numbers and booleans as JSON values,
 * everything else (ids, dates, instants) in its ISO text form. The row's clocks travel beside
 * the change, not in it.
 */
public final class ChangeJson {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Set<String> CLOCK_COLUMNS = Set.of("hlc", "field_clocks");

    private ChangeJson() {
    }

    /**
     * Reads a change back as field texts in {@link SyncValues}' form; numbers written by older
     * versions as JSON numbers read the same as their text.
     */
    public static Map<String, String> parse(String changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(changes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("a change is a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                fields.put(name, switch (value) {
                    case VALUE_NULL -> null;
                    case VALUE_NUMBER_INT -> parser.getText();
                    case VALUE_NUMBER_FLOAT -> parser.getDecimalValue().stripTrailingZeros().toPlainString();
                    case VALUE_STRING, VALUE_TRUE, VALUE_FALSE -> parser.getText();
                    default -> throw new IllegalArgumentException("field " + name + " holds no plain value");
                });
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable change: " + e.getMessage(), e);
        }
        return fields;
    }

    /** Writes field texts as one JSON object. */
    public static String ofFields(Map<String, String> fields) {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            for (var field : fields.entrySet()) {
                json.writeStringField(field.getKey(), field.getValue());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static String of(Record record, boolean skipNulls) {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            for (Field<?> field : record.fields()) {
                Object value = record.get(field);
                if (!(skipNulls && value == null)) {
                    write(json, field.getName(), value);
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The given column values, as {@link #of(Record, boolean)} writes them. */
    static String of(Map<Field<?>, Object> values) {
        return of(values, null);
    }

    /** The given column values and, when not null, the stamps the edit was based on. */
    static String of(Map<Field<?>, Object> values, String base) {
        StringWriter text = new StringWriter(128);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            for (var value : values.entrySet()) {
                write(json, value.getKey().getName(), value.getValue());
            }
            if (base != null && !base.isEmpty()) {
                json.writeStringField(RowChange.BASE, base);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void write(JsonGenerator json, String name, Object value) throws IOException {
        if (CLOCK_COLUMNS.contains(name)) {
            return;
        }
        json.writeFieldName(name);
        switch (value) {
            case null -> json.writeNull();
            case Integer i -> json.writeNumber(i);
            case Long l -> json.writeNumber(l);
            case BigDecimal d -> json.writeNumber(d);
            case Boolean b -> json.writeBoolean(b);
            default -> json.writeString(SyncValues.text(value));
        }
    }
}
