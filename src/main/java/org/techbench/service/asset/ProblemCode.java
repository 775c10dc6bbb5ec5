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
    RAGGED_ROW
}
