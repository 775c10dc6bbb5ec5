package org.techbench.service.asset;

/**
 * How an import reads one column of a sheet: the field it fills (null: none) and why, with the
 * first value in it so the user can tell whether the guess is right.
 */
public record ColumnReading(String sheet, String header, String sample, AssetField field, Source source) {

    /** Where the reading came from. */
    public enum Source {
        /** The user chose it (or chose to ignore the column). */
        BY_HAND,
        /** Another tool's export, recognised. */
        PRESET,
        /** Our own headers, in English or Chinese. */
        HEADER,
        /** Nothing recognised the header: the column is left out. */
        UNKNOWN
    }
}
