package org.techbench.domain.sync;

import java.util.UUID;

/**
 * A row the hub merged into another with the same natural key: {@code duplicate} is gone, its
 * fields and children are now {@code survivor}'s. {@code key} is the natural key as people read it.
 */
public record MergedRow(String table, UUID duplicate, UUID survivor, UUID siteId, String key) {

    /** The longest key kept where a merge is remembered, on the hub and on a laptop. */
    public static final int KEPT_KEY_LENGTH = 300;

    /** {@code key} cut to what is kept, marked as cut. */
    public static String keptKey(String key) {
        return key.length() <= KEPT_KEY_LENGTH ? key : key.substring(0, KEPT_KEY_LENGTH - 1) + "…";
    }
}
