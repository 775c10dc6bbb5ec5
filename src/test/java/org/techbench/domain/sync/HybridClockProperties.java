package org.techbench.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class HybridClockProperties {

    @Property
    void ticksStrictlyIncreaseWhateverTheWallClockDoes(
            @ForAll @Size(min = 1, max = 200) List<@LongRange(min = 0, max = 1L << 46) Long> wallReadings) {
        AtomicLong wall = new AtomicLong();
        HybridClock clock = new HybridClock(wall::get, 0);
        long previous = Long.MIN_VALUE;
        for (long reading : wallReadings) {
            wall.set(reading);
            long now = clock.tick();
            assertThat(now).isGreaterThan(previous);
            previous = now;
        }
    }

    @Property
    void neverFallsBehindTheWallClock(@ForAll @LongRange(min = 0, max = 1L << 46) long wallMillis,
                                      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 4) long highWater) {
        HybridClock clock = new HybridClock(() -> wallMillis, highWater);
        assertThat(HybridClock.millis(clock.tick())).isGreaterThanOrEqualTo(wallMillis);
    }

    @Property
    void restartFromThePersistedHighWaterMarkNeverGoesBackwards(
            @ForAll @LongRange(min = 0, max = 1L << 46) long before,
            @ForAll @LongRange(min = 0, max = 1L << 46) long afterRestart) {
        HybridClock first = new HybridClock(() -> before, 0);
        long last = first.tick();
        HybridClock restarted = new HybridClock(() -> afterRestart, first.highWater());
        assertThat(restarted.tick()).isGreaterThan(last);
    }

    @Property
    void receivingARemoteStampMovesPastIt(@ForAll @LongRange(min = 0, max = 1L << 46) long wallMillis,
                                          @ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 4) long remote) {
        HybridClock clock = new HybridClock(() -> wallMillis, 0);
        assertThat(clock.receive(remote)).isGreaterThan(remote);
        assertThat(clock.tick()).isGreaterThan(remote);
    }

    @Property
    void packsMillisecondsAndCounterWithoutLoss(@ForAll @LongRange(min = 0, max = (1L << 47) - 1) long millis,
                                                @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 65535) int counter) {
        long packed = HybridClock.of(millis, counter);
        assertThat(HybridClock.millis(packed)).isEqualTo(millis);
        assertThat(HybridClock.counter(packed)).isEqualTo(counter);
    }

    @Property
    void concurrentEventsOnTheSameMillisecondAreOrderedByCounter(@ForAll @LongRange(min = 1, max = 1L << 46) long wallMillis) {
        HybridClock clock = new HybridClock(() -> wallMillis, 0);
        long first = clock.tick();
        long second = clock.tick();
        assertThat(HybridClock.millis(second)).isEqualTo(HybridClock.millis(first));
        assertThat(HybridClock.counter(second)).isEqualTo(HybridClock.counter(first) + 1);
    }
}
