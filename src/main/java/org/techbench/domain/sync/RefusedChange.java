package org.techbench.domain.sync;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** A local change the hub refused, with its reason; kept so the technician can see and redo it. {@code label} names the record. */
public record RefusedChange(long seq, String table, UUID rowId, String label, UUID siteId, Map<String, String> fields, String reason,
                            OffsetDateTime refusedAt) {
}
