package org.techbench.domain.sync;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A duplicate the hub merged, as the Sync screen lists it: the record that stays ({@code table},
 * {@code survivor}), its natural key, the site it lies in and the asset it is or belongs to (null
 * for a site, a checklist or a procedure).
 */
public record SyncMerge(String table, UUID survivor, String label, UUID siteId, String key, OffsetDateTime mergedAt,
                        UUID assetId) {
}
