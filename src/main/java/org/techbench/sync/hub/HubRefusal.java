package org.techbench.sync.hub;

/** A request the hub will not serve: the HTTP status, a message for the person, and when to retry. */
public final class HubRefusal extends RuntimeException {

    private final int status;
    private final long retryAfterSeconds;
    private final Long expectedSeq;

    HubRefusal(int status, String message) {
        this(status, message, 0);
    }

    HubRefusal(int status, String message, long retryAfterSeconds) {
        this(status, message, retryAfterSeconds, null);
    }

    private HubRefusal(int status, String message, long retryAfterSeconds, Long expectedSeq) {
        super(message);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
        this.expectedSeq = expectedSeq;
    }

    /** A push that skips sequence numbers: the hub names the one it expects next. */
    static HubRefusal gap(long expectedSeq, long got) {
        return new HubRefusal(409, "The hub expected change number " + expectedSeq + " from this laptop but got " + got
                + "; changes in between are missing.", 0, expectedSeq);
    }

    public Long expectedSeq() {
        return expectedSeq;
    }

    public int status() {
        return status;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
