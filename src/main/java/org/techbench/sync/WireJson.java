package org.techbench.sync;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.techbench.domain.sync.SnapshotPage;
import org.techbench.domain.sync.SnapshotRowSink;
import org.techbench.domain.sync.Stamp;

/**
 * The JSON both ends of sync speak: strict (unknown fields, missing values for primitives and
 * wrong types are errors, not guesses), times as ISO text, stamps as {@code hexclock@node},
 * snapshot pages by columns.
 */
public final class WireJson {

    private WireJson() {
    }

    /** Writes a snapshot page to {@code json} as its rows are read, in the form a {@link SnapshotPage} is sent in. */
    public static SnapshotRowSink snapshotPageWriter(JsonGenerator json) {
        return new SnapshotPageJson.RowWriter(json);
    }

    public static ObjectMapper mapper() {
        var wire = new SimpleModule("wire");
        wire.addSerializer(Stamp.class, new JsonSerializer<>() {
            @Override
            public void serialize(Stamp stamp, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(stamp.encode());
            }
        });
        wire.addDeserializer(Stamp.class, new JsonDeserializer<>() {
            @Override
            public Stamp deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                try {
                    return Stamp.decode(parser.getValueAsString());
                } catch (RuntimeException e) {
                    return (Stamp) context.handleWeirdStringValue(Stamp.class, parser.getValueAsString(), "not a stamp");
                }
            }
        });
        wire.addSerializer(SnapshotPage.class, new SnapshotPageJson.Writer());
        wire.addDeserializer(SnapshotPage.class, new SnapshotPageJson.Reader());
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(wire)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }
}
