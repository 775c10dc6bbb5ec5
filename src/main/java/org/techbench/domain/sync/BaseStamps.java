package org.techbench.domain.sync;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stamps an edit was based on: for each field it changed, the stamp of the value the editing
 * laptop had before. When the value it replaces somewhere carries a later stamp, the edit
 * overwrote a value its author never saw. Text form: {@code field=stamp;field=stamp}.
 */
public final class BaseStamps {

    private BaseStamps() {
    }

    public static String encode(Map<String, Stamp> base) {
        StringBuilder text = new StringBuilder();
        base.forEach((field, stamp) -> {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(field).append('=').append(stamp.encode());
        });
        return text.toString();
    }

    /** The stamps in a text form; an empty map for null or empty text. */
    public static Map<String, Stamp> decode(String text) {
        Map<String, Stamp> base = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return base;
        }
        for (String entry : text.split(";")) {
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("bad base stamp: " + entry);
            }
            base.put(entry.substring(0, equals), Stamp.decode(entry.substring(equals + 1)));
        }
        return base;
    }
}
