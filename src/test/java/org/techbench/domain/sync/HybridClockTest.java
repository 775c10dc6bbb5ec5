package org.techbench.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class HybridClockTest {

    /** Wall-clock readings up to the year 4200: the clock keeps 48 bits of milliseconds. */
    private static final Gen<Long> WALL = longs().between(0, 1L << 46);
    private static final Gen<Long> STAMPS = longs().between(0, Long.MAX_VALUE / 4);

    @Test
    void ticksStrictlyIncreaseWhateverTheWallClockDoes() {
        qt().forAll(lists().of(WALL).ofSizeBetween(1, 200)).checkAssert(wallReadings -> {
            AtomicLong wall = new AtomicLong();
            HybridClock clock = new HybridClock(wall::get, 0);
            long previous = Long.MIN_VALUE;
            for (long reading : wallReadings) {
                wall.set(reading);
                long now = clock.tick();
                assertThat(now).isGreaterThan(previous);
                previous = now;
            }
        });
    }

    @Test
    void neverFallsBehindTheWallClock() {
        qt().forAll(WALL, STAMPS).checkAssert((wallMillis, highWater) -> {
            HybridClock clock = new HybridClock(() -> wallMillis, highWater);
            assertThat(HybridClock.millis(clock.tick())).isGreaterThanOrEqualTo(wallMillis);
        });
    }

    @Test
    void restartFromThePersistedHighWaterMarkNeverGoesBackwards() {
        qt().forAll(WALL, WALL).checkAssert((before, afterRestart) -> {
            HybridClock first = new HybridClock(() -> before, 0);
            long last = first.tick();
            HybridClock restarted = new HybridClock(() -> afterRestart, first.highWater());
            assertThat(restarted.tick()).isGreaterThan(last);
        });
    }

    @Test
    void receivingARemoteStampMovesPastIt() {
        qt().forAll(WALL, STAMPS).checkAssert((wallMillis, remote) -> {
            HybridClock clock = new HybridClock(() -> wallMillis, 0);
            assertThat(clock.receive(remote)).isGreaterThan(remote);
            assertThat(clock.tick()).isGreaterThan(remote);
        });
    }

    @Test
    void packsMillisecondsAndCounterWithoutLoss() {
        qt().forAll(longs().between(0, (1L << 47) - 1), integers().between(0, 65535)).checkAssert((millis, counter) -> {
            long packed = HybridClock.of(millis, counter);
            assertThat(HybridClock.millis(packed)).isEqualTo(millis);
            assertThat(HybridClock.counter(packed)).isEqualTo(counter);
        });
    }

    @Test
    void concurrentEventsOnTheSameMillisecondAreOrderedByCounter() {
        qt().forAll(longs().between(1, 1L << 46)).checkAssert(wallMillis -> {
            HybridClock clock = new HybridClock(() -> wallMillis, 0);
            long first = clock.tick();
            long second = clock.tick();
            assertThat(HybridClock.millis(second)).isEqualTo(HybridClock.millis(first));
            assertThat(HybridClock.counter(second)).isEqualTo(HybridClock.counter(first) + 1);
        });
    }
}
