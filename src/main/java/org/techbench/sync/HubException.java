package org.techbench.sync;

/** Sync with the hub did not go through: what kind of failure, and a message for the technician. */
public final class HubException extends RuntimeException {

    /** What went wrong, so the caller knows whether to sign in again, wait, or tell someone. */
    public enum Kind { UNREACHABLE, SIGN_IN, FORBIDDEN, REFUSED, BUSY, SERVER, PROTOCOL }

    private final Kind kind;

    public HubException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public HubException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
