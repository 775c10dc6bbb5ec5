package org.techbench.service.asset;

/**
 * How an import treats what it meets: an asset whose tag the site already has is updated or
 * skipped; with {@code allOrNothing} a single problem keeps the whole file out, otherwise the
 * valid rows go in and the others are reported.
 */
public record ImportOptions(boolean updateExisting, boolean allOrNothing) {

    public static ImportOptions defaults() {
        return new ImportOptions(true, true);
    }
}
