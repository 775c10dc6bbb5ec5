package org.techbench.service.asset;

/**
 * How an import treats what it meets: an asset whose tag the site already has is updated or
 * skipped; with {@code allOrNothing} a single problem keeps the whole file out, otherwise the
 * valid rows go in and the others are reported; {@code mapping} says how to read another tool's file.
 */
public record ImportOptions(boolean updateExisting, boolean allOrNothing, ImportMapping mapping) {

    public ImportOptions(boolean updateExisting, boolean allOrNothing) {
        this(updateExisting, allOrNothing, ImportMapping.none());
    }

    public static ImportOptions defaults() {
        return new ImportOptions(true, true);
    }
}
