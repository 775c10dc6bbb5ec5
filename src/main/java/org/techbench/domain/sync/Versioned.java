package org.techbench.domain.sync;

/** One field's value with the stamp of the write that set it. */
public record Versioned(Object value, Stamp stamp) {

    /** The later of two writes of the same field; equal stamps mean the same write. */
    public static Versioned later(Versioned a, Versioned b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.stamp().isAfter(a.stamp()) ? b : a;
    }
}
