package org.techbench.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Record;

/**
 * Writes the changed columns of a row as one JSON object: numbers and booleans as JSON values,
 * everything else (ids, dates, instants) in its ISO text form. The row's clocks travel beside
 * the change, not in it.
 */
final class ChangeJson {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Set<String> CLOCK_COLUMNS = Set.of("hlc", "field_clocks");

    private ChangeJson() {
    }

    static String of(Record record, boolean skipNulls) {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            for (Field<?> field : record.fields()) {
                String name = field.getName();
                Object value = record.get(field);
                if (CLOCK_COLUMNS.contains(name) || (skipNulls && value == null)) {
                    continue;
                }
                json.writeFieldName(name);
                switch (value) {
                    case null -> json.writeNull();
                    case Integer i -> json.writeNumber(i);
                    case Long l -> json.writeNumber(l);
                    case BigDecimal d -> json.writeNumber(d);
                    case Boolean b -> json.writeBoolean(b);
                    default -> json.writeString(value.toString());
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
