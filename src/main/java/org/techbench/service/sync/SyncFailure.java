package org.techbench.service.sync;

/** A sync or sign-in that did not go through, with what the technician should do about it. */
public final class SyncFailure extends RuntimeException {

    /** Why: the window shows offline, asks for a sign-in, or shows the hub's message. */
    public enum Reason { OFFLINE, SIGN_IN, FORBIDDEN, REFUSED, BUSY, HUB_ERROR }

    private final Reason reason;

    SyncFailure(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
