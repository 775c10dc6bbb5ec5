package org.techbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.domain.people.Role;
import org.techbench.service.Progress;
import org.techbench.service.Workbench;
import org.techbench.service.sync.HubHost;
import org.techbench.service.sync.SyncReport;
import org.techbench.store.DataFolder;

/**
 * Sync over loopback HTTP: a hub whose database is a copy of the demo store (100k assets with
 * components and software), a fresh laptop's first sync, a sync with nothing to do, and a push
 * of 10,000 queued changes.
 */
public final class SyncBenchmark {

    private static final char[] PASSWORD = "benchmark password".toCharArray();

    public static void main(String[] args) throws Exception {
        Path demo = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int changes = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        // "assets": the hub holds only sites, assets, components and software (the scenario);
        // "all": the whole demo store, a year of inspection and fault history included.
        boolean assetsOnly = args.length > 3 && args[3].equals("assets");
        Path hubFolder = work.resolve(assetsOnly ? "hub-assets" : "hub");
        Files.createDirectories(hubFolder);
        if (!Files.exists(hubFolder.resolve("hub.mv.db"))) {
            // Opening the demo store brings it to the current schema; the hub then reads the same file layout.
            Workbench.open(new DataFolder(demo), Clock.systemUTC(), "bench").close();
            Files.copy(demo.resolve("techbench.mv.db"), hubFolder.resolve("hub.mv.db"), StandardCopyOption.REPLACE_EXISTING);
            if (assetsOnly) {
                String url = "jdbc:h2:file:" + hubFolder.toAbsolutePath().resolve("hub") + ";DATABASE_TO_LOWER=TRUE";
                try (var connection = java.sql.DriverManager.getConnection(url, "techbench", "");
                     var statement = connection.createStatement()) {
                    for (String table : List.of("inspection_result", "inspection", "fault_event", "fault", "procedure_step",
                            "procedure_run", "article", "audit_event", "sync_outbox")) {
                        statement.execute("truncate table " + table);
                    }
                    // A hub's database is not a large file mostly emptied: without this, H2 spends
                    // the benchmark compacting it in the background.
                    statement.execute("shutdown compact");
                }
            }
        }
        try (HubHost hub = HubHost.open(null, hubFolder, Clock.systemUTC())) {
            if (hub.users().stream().noneMatch(u -> u.name().equals("bench"))) {
                hub.addUser("bench", Role.SUPPORT_MANAGER, List.of(), PASSWORD.clone());
            }
            int port = hub.serve("127.0.0.1", 0, null, null);
            String url = "http://127.0.0.1:" + port;
            Path laptop = Files.createTempDirectory(work, "laptop-");
            try (Workbench workbench = Workbench.open(new DataFolder(laptop), Clock.systemUTC(), "bench")) {
                workbench.sync().signIn(url, "bench", PASSWORD.clone());
                long start = System.nanoTime();
                SyncReport first = workbench.sync().sync(Progress.NONE);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("| first sync from a hub with " + (assetsOnly ? "100k assets, their components and software"
                        : "the whole demo store (history included)") + " | %.1f s | %,d rows copied (%,.0f rows/s); "
                        + "snapshot %.1f s, pull %.1f s (target 15 s) |%n", seconds, first.snapshotRows(),
                        first.snapshotRows() / seconds, first.timings().snapshotMillis() / 1e3, first.timings().pullMillis() / 1e3);

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

                List<UUID> ids = workbench.assets().match(AssetFilter.all());
                // The hub keeps earlier runs' edits: a value of this run's own makes every edit a change.
                String run = Long.toString(System.currentTimeMillis(), 36);
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
                System.out.printf("| push of %,d queued changes (%,d local transactions made in %.1f s) | push %.2f s, "
                                + "then pull of the own changes back %.2f s, whole sync %.2f s (target 5 s) | hub applied %,.0f "
                                + "field changes/s |%n", queued, changes, editing, pushed.timings().pushMillis() / 1e3,
                        pushed.timings().pullMillis() / 1e3, pushSeconds, queued / (pushed.timings().pushMillis() / 1e3));
            }
        }
    }
}
