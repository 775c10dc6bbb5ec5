package org.techbench.service.asset;

/** Something an import did that the user should know but that keeps nothing out, with how many rows it touched. */
public record ImportNotice(Code code, String value, int rows) {

    /** What was done; the window and the command line word each one. */
    public enum Code {
        /** A column no field takes: left out. */
        UNKNOWN_COLUMN,
        /** A column ignored by the user's mapping. */
        COLUMN_IGNORED,
        /** The file was recognised as another tool's export. */
        PRESET,
        /** A kind that maps to none of ours: imported as Other. */
        KIND_AS_OTHER,
        /** A status that maps to none of ours: imported as In service. */
        STATUS_AS_IN_SERVICE,
        /** Dates with the year last, read in the order the file's own dates tell. */
        DATE_ORDER,
        /** A site code the store did not know: the site is created. */
        SITE_CREATED,
        /** Rows without a site: given the default site. */
        DEFAULT_SITE
    }
}
