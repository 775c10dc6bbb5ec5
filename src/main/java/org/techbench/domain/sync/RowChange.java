package org.techbench.domain.sync;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One write of one synced row as it travels between laptop and hub: the written fields in their
 * text form (null for an emptied field), all stamped by the same write. A causal length travels
 * as the field {@code cl}.
 */
public record RowChange(String table, UUID rowId, UUID siteId, Stamp stamp, Map<String, String> fields) {

    public static final String CAUSAL_LENGTH = "cl";

    /** The pseudo-field that carries the stamps the edit was based on ({@link BaseStamps}). */
    public static final String BASE = "_base";

    /** The pseudo-field of the hub's log entry saying the row was merged into the row it names. */
    public static final String MERGED_INTO = "_merged_into";

    /** The merged row's natural key as people read it, beside {@link #MERGED_INTO}. */
    public static final String MERGED_KEY = "_merged_key";

    /**
     * On a pulled change of a row the hub merged since: the rows it went into, nearest first,
     * comma-separated, for a laptop that no longer holds the row.
     */
    public static final String MERGED_SINCE = "_merged_since";

    public RowChange {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(rowId, "rowId");
        Objects.requireNonNull(stamp, "stamp");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The change as a partial row state for {@link Merge}: every field carries this write's stamp. */
    public RowState asState() {
        Map<String, Versioned> versioned = new LinkedHashMap<>();
        int causalLength = 0;
        for (var field : fields.entrySet()) {
            if (field.getKey().equals(CAUSAL_LENGTH)) {
                causalLength = Integer.parseInt(field.getValue());
            } else if (!field.getKey().startsWith("_")) {
                versioned.put(field.getKey(), new Versioned(field.getValue(), stamp));
            }
        }
        return new RowState(versioned, causalLength);
    }

    /** The stamps of the values this edit replaced where it was made; empty when it does not say. */
    public Map<String, Stamp> base() {
        return BaseStamps.decode(fields.get(BASE));
    }

    /** Whether this is the hub's word that the row was merged into another. */
    public boolean announcesMerge() {
        return fields.containsKey(MERGED_INTO);
    }
}
