package org.techbench.domain.sync;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A whole synced row as a first sync copies it from the hub: its values in text form, its clock,
 * and for mutable tables its field clocks and causal length (append-only rows have neither).
 */
public record SnapshotRow(UUID id, UUID siteId, long hlc, Map<String, String> values, String fieldClocks,
                          int causalLength) {

    public SnapshotRow {
        // Column values are read-only already and share their layout; anything else is copied.
        values = values instanceof ColumnValues ? values : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The row of a mutable table as a state for {@link Merge}. */
    public RowState asState() {
        FieldClocks clocks = FieldClocks.decode(fieldClocks);
        Map<String, Versioned> fields = new LinkedHashMap<>();
        values.forEach((name, value) -> fields.put(name, new Versioned(value, clocks.of(name))));
        return new RowState(fields, causalLength);
    }
}
