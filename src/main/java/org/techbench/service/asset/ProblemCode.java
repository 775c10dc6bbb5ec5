package org.techbench.service.asset;

/** Why a value was refused; the window and the command line word each one in the user's language. */
public enum ProblemCode {
    REQUIRED,
    TOO_LONG,
    TAG_TAKEN,
    DUPLICATE_IN_FILE,
    NOT_A_DATE,
    DATES_OUT_OF_ORDER,
    NOT_AN_IP_ADDRESS,
    IP_REQUIRED_FOR_KIND,
    NO_IP_FOR_KIND,
    NOT_A_CAPACITY,
    UNKNOWN_VALUE,
    UNKNOWN_SITE,
    UNKNOWN_ASSET,
    UNKNOWN_COLUMN,
    FORMULA,
    RAGGED_ROW,
    /** Two columns are read as one field. */
    COLUMN_TWICE,
    /** The file has no column for a field every row needs. */
    MISSING_COLUMN,
    /** Dates such as 03/04/24 that no other date of the file tells day or month first. */
    DATE_ORDER_UNKNOWN,
    /** Dates with the year last that contradict each other: 31/03/24 and 03/31/24 in one file. */
    DATE_ORDER_CONTRADICTS,
    /** A site code a new site cannot have. */
    INVALID_SITE_CODE
}
