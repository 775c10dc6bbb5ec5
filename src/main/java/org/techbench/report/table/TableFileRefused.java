package org.techbench.report.table;

/** A file that cannot be read as a table at all; {@link #reason()} says why, for the user. */
public final class TableFileRefused extends Exception {

    /** Why a file was refused. */
    public enum Reason { EMPTY, TOO_LARGE, NOT_A_TABLE, UNKNOWN_ENCODING, DAMAGED, UNREADABLE }

    private final Reason reason;

    public TableFileRefused(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
