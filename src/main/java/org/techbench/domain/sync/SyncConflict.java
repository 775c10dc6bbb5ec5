package org.techbench.domain.sync;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A local value that lost to a concurrent edit, as the conflict list shows it; {@code label} names the record for people. */
public record SyncConflict(UUID id, String table, UUID rowId, String label, UUID siteId, String field, String lostValue,
                           Stamp lostStamp, String wonValue, Stamp wonStamp, OffsetDateTime detectedAt) {
}
