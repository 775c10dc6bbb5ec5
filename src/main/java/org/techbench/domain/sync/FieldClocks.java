package org.techbench.domain.sync;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The clock of every field of a synced row. Fields untouched since the row was created share the
 * creation stamp (kept under {@code *}), so a fresh row stores one stamp, not one per column.
 */
public record FieldClocks(Stamp created, Map<String, Stamp> changed) {

    private static final String CREATED = "*";

    public FieldClocks {
        changed = Map.copyOf(changed);
    }

    public static FieldClocks createdAt(Stamp stamp) {
        return new FieldClocks(stamp, Map.of());
    }

    public Stamp of(String field) {
        return changed.getOrDefault(field, created);
    }

    public FieldClocks with(Collection<String> fields, Stamp stamp) {
        Map<String, Stamp> next = new TreeMap<>(changed);
        fields.forEach(f -> next.put(f, stamp));
        return new FieldClocks(created, next);
    }

    /** Text form {@code *=stamp;field=stamp;...}, fields in name order. */
    public String encode() {
        StringBuilder text = new StringBuilder(CREATED).append('=').append(created.encode());
        new TreeMap<>(changed).forEach((field, stamp) -> text.append(';').append(field).append('=').append(stamp.encode()));
        return text.toString();
    }

    /**
     * {@code decode(encoded).with(fields, stamp).encode()}, without reading the stamps that stay
     * as they are: every local edit does this, and reading every stamp was a tenth of its cost.
     */
    public static String restamp(String encoded, Collection<String> fields, Stamp stamp) {
        Map<String, String> entries = entries(encoded);
        String created = entries.remove(CREATED);
        String stamped = stamp.encode();
        fields.forEach(field -> entries.put(field, stamped));
        StringBuilder text = new StringBuilder(encoded.length() + 40).append(CREATED).append('=').append(created);
        entries.forEach((field, at) -> text.append(';').append(field).append('=').append(at));
        return text.toString();
    }

    public static FieldClocks decode(String text) {
        Map<String, String> entries = entries(text);
        Stamp created = Stamp.decode(entries.remove(CREATED));
        Map<String, Stamp> changed = new TreeMap<>();
        entries.forEach((field, stamp) -> changed.put(field, Stamp.decode(stamp)));
        return new FieldClocks(created, changed);
    }

    /** The text form's entries, field name to stamp text, in name order; the creation stamp is required. */
    private static Map<String, String> entries(String encoded) {
        Map<String, String> entries = new TreeMap<>();
        int start = 0;
        while (start < encoded.length()) {
            int end = encoded.indexOf(';', start);
            end = end < 0 ? encoded.length() : end;
            int eq = encoded.indexOf('=', start);
            if (eq <= start || eq >= end) {
                throw new IllegalArgumentException("bad field clocks: " + encoded);
            }
            entries.put(encoded.substring(start, eq), encoded.substring(eq + 1, end));
            start = end + 1;
        }
        if (!entries.containsKey(CREATED)) {
            throw new IllegalArgumentException("field clocks without creation stamp: " + encoded);
        }
        return entries;
    }
}
