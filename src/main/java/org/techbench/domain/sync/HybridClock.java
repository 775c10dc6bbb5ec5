package org.techbench.domain.sync;

import java.util.function.LongSupplier;

/**
 * A hybrid logical clock packed in 64 bits: 48 bits of wall-clock milliseconds and a 16-bit
 * counter (Kulkarni et al. 2014). It never goes backwards, even when the wall clock does; the
 * owner persists {@link #highWater()} with every write so it does not go backwards across
 * restarts either.
 */
public final class HybridClock {

    public static final int COUNTER_BITS = 16;

    private final LongSupplier wallMillis;
    private long last;

    public HybridClock(LongSupplier wallMillis, long highWater) {
        this.wallMillis = wallMillis;
        this.last = highWater;
    }

    /** A new timestamp for a local event. */
    public synchronized long tick() {
        last = Math.max(last + 1, physical());
        return last;
    }

    /** A new timestamp for an event that follows a remote one stamped {@code remote}. */
    public synchronized long receive(long remote) {
        last = Math.max(Math.max(last, remote) + 1, physical());
        return last;
    }

    public synchronized long highWater() {
        return last;
    }

    public static long millis(long hlc) {
        return hlc >>> COUNTER_BITS;
    }

    public static int counter(long hlc) {
        return (int) (hlc & ((1L << COUNTER_BITS) - 1));
    }

    public static long of(long millis, int counter) {
        return (millis << COUNTER_BITS) | counter;
    }

    private long physical() {
        return of(wallMillis.getAsLong(), 0);
    }
}
