package org.techbench.domain.sync;

import java.util.UUID;

/**
 * A row the hub merged into another with the same natural key: {@code duplicate} is gone, its
 * fields and children are now {@code survivor}'s. {@code key} is the natural key as people read it.
 */
public record MergedRow(String table, UUID duplicate, UUID survivor, UUID siteId, String key) {
}
