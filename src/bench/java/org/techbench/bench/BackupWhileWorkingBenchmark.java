package org.techbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.service.Progress;
import org.techbench.service.Workbench;
import org.techbench.service.asset.AssetService;
import org.techbench.service.backup.BackupManifest;
import org.techbench.service.backup.Retention;
import org.techbench.store.DataFolder;

/**
 * A backup made while the technician works: how long it takes, and how a screen fares meanwhile,
 * against the same work with no backup running. The screen is a thread woken 60 times a second
 * (how late each wake-up comes is what a frame would wait for the processor) and search-as-you-type
 * on the asset list, each keystroke to its first page of rows from the store.
 */
public final class BackupWhileWorkingBenchmark {

    private static final int PAGE = 200;
    private static final List<String> TYPED = List.of("dell poweredge", "fortigate 100f", "10.7.12", "srv-0042", "hp laserjet",
            "thinkpad", "x9q");

    public static void main(String[] args) throws Exception {
        DataFolder folder = EncryptedStores.unlock(new DataFolder(Path.of(args[0])));
        Path target = Files.createDirectories(Path.of(args[1]));
        try (Workbench workbench = Workbench.open(folder, Clock.systemDefaultZone(), "bench")) {
            AssetService assets = workbench.assets();
            assets.prepareList();
            typeFor(assets, new AtomicBoolean(false), 2);

            Work idle = work(assets, () -> null);
            long[] took = new long[1];
            Work backingUp = work(assets, () -> {
                long start = System.nanoTime();
                BackupManifest made = workbench.backups().create(target, Retention.standard(), Progress.NONE);
                took[0] = (System.nanoTime() - start) / 1_000_000;
                return made;
            });
            System.out.printf("| backup while working | %,d ms |%n", took[0]);
            print("frame wake-up lateness, idle", idle.lateness());
            print("frame wake-up lateness, during the backup", backingUp.lateness());
            print("keystroke to first page, idle", idle.keystrokes());
            print("keystroke to first page, during the backup", backingUp.keystrokes());
        }
    }

    /** Wake-up lateness and keystroke times, both in microseconds, gathered while {@code alongside} ran. */
    private record Work(List<Long> lateness, List<Long> keystrokes) {
    }

    private static Work work(AssetService assets, java.util.concurrent.Callable<?> alongside) throws Exception {
        AtomicBoolean done = new AtomicBoolean(false);
        List<Long> lateness = Collections.synchronizedList(new ArrayList<>());
        Thread frames = Thread.ofPlatform().name("frames").start(() -> {
            long period = 1_000_000_000L / 60;
            long next = System.nanoTime() + period;
            while (!done.get()) {
                java.util.concurrent.locks.LockSupport.parkNanos(next - System.nanoTime());
                lateness.add(Math.max(0, System.nanoTime() - next) / 1_000);
                next += period;
            }
        });
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
            try {
                if (alongside.call() == null) {
                    Thread.sleep(10_000);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                done.set(true);
            }
        });
        List<Long> keystrokes = typeFor(assets, done, Integer.MAX_VALUE);
        other.join();
        frames.join();
        return new Work(lateness, keystrokes);
    }

    private static List<Long> typeFor(AssetService assets, AtomicBoolean done, int rounds) {
        List<Long> micros = new ArrayList<>();
        for (int round = 0; round < rounds && !done.get(); round++) {
            for (String word : TYPED) {
                for (int length = 1; length <= word.length() && !done.get(); length++) {
                    long start = System.nanoTime();
                    List<UUID> ids = assets.match(AssetFilter.all().withText(word.substring(0, length)));
                    assets.rows(ids.subList(0, Math.min(PAGE, ids.size())));
                    micros.add((System.nanoTime() - start) / 1_000);
                    java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L); // a technician types about 10 keys a second
                }
            }
        }
        return micros;
    }

    private static void print(String what, List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf("| %s | %d samples | p50 %.1f ms | p99 %.1f ms | max %.1f ms |%n", what, sorted.size(),
                sorted.get(sorted.size() / 2) / 1000.0, sorted.get((int) (sorted.size() * 0.99)) / 1000.0,
                sorted.getLast() / 1000.0);
    }
}
