package org.techbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.service.Progress;
import org.techbench.service.Workbench;
import org.techbench.service.sync.SyncReport;
import org.techbench.store.DataFolder;

/**
 * One fresh laptop of {@link SyncBenchmark}, in a JVM of its own: its first sync; when asked for N
 * changes (N of 0 or more), then syncs with nothing to do and, when N is above 0, two pushes of N
 * queued changes.
 */
public final class SyncBenchmarkLaptop {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path work = Path.of(args[1]);
        int changes = Integer.parseInt(args[2]);
        String scenario = args[3];
        Path laptop = Files.createTempDirectory(work, "laptop-");
        try (Workbench workbench = Workbench.open(new DataFolder(laptop), Clock.systemUTC(), "bench")) {
            workbench.sync().signIn(url, SyncBenchmark.USER, SyncBenchmark.PASSWORD.toCharArray());
            long start = System.nanoTime();
            SyncReport first = workbench.sync().sync(Progress.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("| first sync from a hub with %s | %.1f s | %,d rows copied (%,.0f rows/s); snapshot %.1f s, "
                    + "pull %.1f s (target 15 s) |%n", scenario, seconds, first.snapshotRows(), first.snapshotRows() / seconds,
                    first.timings().snapshotMillis() / 1e3, first.timings().pullMillis() / 1e3);
            if (changes >= 0) {
                idleSyncs(workbench);
            }
            if (changes > 0) {
                // The hub process has only served snapshots so far: the first push also times its
                // warming up to pushes, the second a hub that has taken some before.
                push(workbench, changes, "hub's first pushes");
                push(workbench, changes, "hub has taken pushes before");
            }
        }
        // Each laptop's store takes some hundreds of megabytes; the numbers are all that is kept.
        try (var files = Files.walk(laptop)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static void idleSyncs(Workbench workbench) {
        List<Long> idle = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            long t = System.nanoTime();
            workbench.sync().sync(Progress.NONE);
            idle.add((System.nanoTime() - t) / 1_000);
        }
        idle = idle.subList(5, idle.size());
        Collections.sort(idle);
        System.out.printf("| sync with nothing to do | median %.1f ms, p95 %.1f ms over %d runs (target 50 ms) |%n",
                idle.get(idle.size() / 2) / 1e3, idle.get(idle.size() * 95 / 100) / 1e3, idle.size());
    }

    private static void push(Workbench workbench, int changes, String hubState) {
        List<UUID> ids = workbench.assets().match(AssetFilter.all());
        // The hub keeps earlier runs' edits: a value of this run's own makes every edit a change.
        String run = Long.toString(System.nanoTime(), 36);
        long edit = System.nanoTime();
        for (int i = 0; i < changes; i++) {
            Asset a = workbench.assets().detail(ids.get(i * 7 % ids.size())).asset();
            workbench.assets().save(new Asset(a.id(), a.siteId(), a.tag(), a.name(), a.kind(), a.make(), a.model(),
                    a.serial(), "Bench room " + run + "-" + i, a.ipAddress(), a.hostname(), a.status(), a.purchasedOn(),
                    a.warrantyEndsOn(), a.notes(), a.archived()));
        }
        double editing = (System.nanoTime() - edit) / 1e9;
        int queued = workbench.sync().standing().pendingChanges();
        long push = System.nanoTime();
        SyncReport pushed = workbench.sync().sync(Progress.NONE);
        double pushSeconds = (System.nanoTime() - push) / 1e9;
        System.out.printf("| push of %,d queued changes (%,d local transactions made in %.1f s), %s | push %.2f s, "
                        + "then pull of the own changes back %.2f s, whole sync %.2f s (target 5 s) | hub applied %,.0f "
                        + "field changes/s |%n", queued, changes, editing, hubState, pushed.timings().pushMillis() / 1e3,
                pushed.timings().pullMillis() / 1e3, pushSeconds, queued / (pushed.timings().pushMillis() / 1e3));
    }
}
