package org.techbench.domain.sync;

import java.util.UUID;

/** A pushed field value that arrived at the hub after a later concurrent edit, which kept its value. */
public record LostField(String table, UUID rowId, UUID siteId, String field, String lostValue, Stamp lostStamp,
                        String wonValue, Stamp wonStamp) {
}
