package org.techbench.service.asset;

import java.util.Objects;

/**
 * A 64-bit hash of a record's identifying values (FNV-1a over their text), for telling duplicates
 * among a million rows without keeping their text: two of 1.3 million keys collide with a chance of
 * about one in ten million.
 */
final class IdentityHash {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private IdentityHash() {
    }

    static long of(Object... values) {
        long hash = OFFSET;
        for (Object value : values) {
            String text = Objects.toString(value, "\u0000null");
            for (int i = 0; i < text.length(); i++) {
                hash = (hash ^ text.charAt(i)) * PRIME;
            }
            hash = (hash ^ 0x1F) * PRIME; // a separator, so that ("ab", "c") and ("a", "bc") differ
        }
        return hash;
    }
}
