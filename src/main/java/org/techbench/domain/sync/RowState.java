package org.techbench.domain.sync;

import java.util.Map;

/**
 * What one replica knows of a synced row: each field it has heard of with its value and stamp,
 * and the row's causal length (odd: the row exists; even: it was removed; every removal or
 * re-creation adds one). A change received from elsewhere is a row state holding only the
 * fields it wrote.
 */
public record RowState(Map<String, Versioned> fields, int causalLength) {

    public RowState {
        if (causalLength < 0) {
            throw new IllegalArgumentException("causal length cannot be negative");
        }
        fields = Map.copyOf(fields);
    }

    public boolean exists() {
        return causalLength % 2 == 1;
    }

    public Object value(String field) {
        Versioned versioned = fields.get(field);
        return versioned == null ? null : versioned.value();
    }
}
