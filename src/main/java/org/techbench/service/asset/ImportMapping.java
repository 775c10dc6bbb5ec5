package org.techbench.service.asset;

import java.util.Map;

/**
 * How to read a file that is not in our own layout: columns mapped by hand (a header to a field's
 * header, or to nothing to ignore it), the tool it came from (null: recognised by its headers),
 * the site of rows without one, whether unknown site codes become new sites, whether a kind or
 * status that maps to nothing refuses the row instead of becoming Other or In service, and the
 * order of day and month (null: decided from the file).
 */
public record ImportMapping(Map<String, String> columns, ImportPreset preset, String defaultSite, boolean createSites,
                            boolean strict, DateOrder dateOrder) {

    public ImportMapping {
        columns = Map.copyOf(columns);
    }

    /** Our own layout, as exported: headers recognised, nothing assumed. */
    public static ImportMapping none() {
        return new ImportMapping(Map.of(), null, null, false, true, null);
    }
}
