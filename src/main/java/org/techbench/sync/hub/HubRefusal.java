package org.techbench.sync.hub;

import java.util.Locale;
import org.techbench.i18n.Texts;

/**
 * A request the hub will not serve: the HTTP status, a message for the person (worded in their
 * language when the answer is written), and when to retry.
 */
public final class HubRefusal extends RuntimeException {

    private final int status;
    private final long retryAfterSeconds;
    private final Long expectedSeq;
    private final String key;
    private final Object[] arguments;

    /** A refusal worded by the sync texts' {@code key}. */
    HubRefusal(int status, String key, Object... arguments) {
        this(status, 0, null, key, arguments);
    }

    private HubRefusal(int status, long retryAfterSeconds, Long expectedSeq, String key, Object... arguments) {
        super(Texts.sync(Locale.ENGLISH).get(key, arguments));
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
        this.expectedSeq = expectedSeq;
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** Too many tries: the caller may come back after {@code seconds}. */
    static HubRefusal retryLater(long seconds, String key, Object... arguments) {
        return new HubRefusal(429, seconds, null, key, arguments);
    }

    /** A push that skips sequence numbers: the hub names the one it expects next. */
    static HubRefusal gap(long expectedSeq, long got) {
        return new HubRefusal(409, 0, expectedSeq, "hub.numbersMissing", Long.toString(expectedSeq), Long.toString(got));
    }

    /** The message in the words of {@code texts}. */
    public String message(Texts texts) {
        return texts.get(key, arguments);
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
