package org.techbench.domain.sync;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The columns that name a row of one table to people, unique in the team: a site's code, an
 * asset's tag within its site. A row with an empty key column has no natural key.
 */
public record NaturalKey(String table, List<String> columns) {

    public NaturalKey {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
    }

    /** The key's values in a row, or null when one of them is empty. */
    public List<String> valuesOf(Map<String, String> row) {
        String[] values = new String[columns.size()];
        for (int i = 0; i < values.length; i++) {
            String value = row.get(columns.get(i));
            if (value == null || value.isBlank()) {
                return null;
            }
            values[i] = value;
        }
        return List.of(values);
    }

    /** Whether the key holds the site column: then a holder is in the row's own site by definition. */
    public boolean includesSite() {
        return columns.contains("site_id");
    }
}
