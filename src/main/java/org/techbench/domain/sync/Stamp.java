package org.techbench.domain.sync;

import java.util.Comparator;

/** When and where a value was written: its clock, with the writing node's id to break ties. */
public record Stamp(long hlc, String node) implements Comparable<Stamp> {

    private static final Comparator<Stamp> ORDER =
            Comparator.comparingLong(Stamp::hlc).thenComparing(Stamp::node);

    public Stamp {
        if (node == null || node.isEmpty() || node.contains("@") || node.contains(";")) {
            throw new IllegalArgumentException("bad node id: " + node);
        }
    }

    @Override
    public int compareTo(Stamp other) {
        return ORDER.compare(this, other);
    }

    public boolean isAfter(Stamp other) {
        return compareTo(other) > 0;
    }

    /** Compact text form, {@code hexclock@node}. */
    public String encode() {
        return Long.toHexString(hlc) + "@" + node;
    }

    public static Stamp decode(String text) {
        int at = text.indexOf('@');
        if (at <= 0) {
            throw new IllegalArgumentException("bad stamp: " + text);
        }
        return new Stamp(Long.parseUnsignedLong(text.substring(0, at), 16), text.substring(at + 1));
    }
}
