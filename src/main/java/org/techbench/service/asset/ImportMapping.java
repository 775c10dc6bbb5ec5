package org.techbench.service.asset;

import java.util.HashMap;
import java.util.Map;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;

/**
 * How to read a file that is not in our own layout: columns mapped by hand (a header to a field's
 * header, or to nothing to ignore it), the tool it came from (null: recognised by its headers),
 * the site of rows without one, whether unknown site codes become new sites, whether a kind or
 * status that maps to nothing refuses the row instead of becoming Other or In service, the order
 * of day and month (null: decided from the file), and the file's own kinds and statuses read as ours.
 */
public record ImportMapping(Map<String, String> columns, ImportPreset preset, String defaultSite, boolean createSites,
                            boolean strict, DateOrder dateOrder, Map<String, AssetKind> kinds,
                            Map<String, AssetStatus> statuses) {

    public ImportMapping {
        columns = Map.copyOf(columns);
        kinds = keyed(kinds);
        statuses = keyed(statuses);
    }

    public ImportMapping(Map<String, String> columns, ImportPreset preset, String defaultSite, boolean createSites,
                         boolean strict, DateOrder dateOrder) {
        this(columns, preset, defaultSite, createSites, strict, dateOrder, Map.of(), Map.of());
    }

    /** Our own layout, as exported: headers recognised, nothing assumed. */
    public static ImportMapping none() {
        return new ImportMapping(Map.of(), null, null, false, true, null);
    }

    /** As the window starts: headers recognised, and a kind or status it cannot read becomes Other or In service, to be corrected. */
    public static ImportMapping lenient() {
        return new ImportMapping(Map.of(), null, null, false, false, null);
    }

    /** The same, with a header read as a field (its header), or ignored when {@code field} is empty. */
    public ImportMapping withColumn(String header, String field) {
        Map<String, String> changed = new HashMap<>(columns);
        changed.put(header, field);
        return new ImportMapping(changed, preset, defaultSite, createSites, strict, dateOrder, kinds, statuses);
    }

    public ImportMapping withKind(String value, AssetKind kind) {
        Map<String, AssetKind> changed = new HashMap<>(kinds);
        changed.put(ForeignValues.key(value), kind);
        return new ImportMapping(columns, preset, defaultSite, createSites, strict, dateOrder, changed, statuses);
    }

    public ImportMapping withStatus(String value, AssetStatus status) {
        Map<String, AssetStatus> changed = new HashMap<>(statuses);
        changed.put(ForeignValues.key(value), status);
        return new ImportMapping(columns, preset, defaultSite, createSites, strict, dateOrder, kinds, changed);
    }

    public ImportMapping withSites(String site, boolean create) {
        return new ImportMapping(columns, preset, site == null || site.isBlank() ? null : site.strip(), create, strict,
                dateOrder, kinds, statuses);
    }

    public ImportMapping withDateOrder(DateOrder order) {
        return new ImportMapping(columns, preset, defaultSite, createSites, strict, order, kinds, statuses);
    }

    /** The kind the user gave a value of the file, if any. */
    public AssetKind kindOf(String value) {
        return kinds.get(ForeignValues.key(value));
    }

    public AssetStatus statusOf(String value) {
        return statuses.get(ForeignValues.key(value));
    }

    /** Values are compared as the user would: case, width and spacing do not matter. */
    private static <V> Map<String, V> keyed(Map<String, V> values) {
        Map<String, V> keyed = new HashMap<>();
        values.forEach((value, mapped) -> keyed.put(ForeignValues.key(value), mapped));
        return Map.copyOf(keyed);
    }
}
