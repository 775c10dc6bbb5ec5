package org.techbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.techbench.domain.sync.SnapshotPage;
import org.techbench.sync.HubClient;

/**
 * The hub's own cost of a first sync: a hub process on a copy of {@link SyncBenchmark}'s prepared
 * hub, read whole snapshot after whole snapshot by a client that keeps nothing, with the hub
 * process's CPU time for each. The first read meets a hub that has just started.
 */
public final class HubSnapshotReadBenchmark {

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int reads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Path template = work.resolve("hub-assets");
        if (!Files.exists(template.resolve("hub.mv.db"))) {
            throw new IllegalArgumentException("No prepared hub in " + template + ": run SyncBenchmark with 'assets' first.");
        }
        SyncBenchmark.StartedHub started = SyncBenchmark.startHub(template, work.resolve("hub-read-run"));
        Process hub = started.process();
        try {
            var client = new HubClient(started.url(), "00000000000000b1", System::currentTimeMillis);
            String token = client.login(SyncBenchmark.USER, SyncBenchmark.PASSWORD.toCharArray()).accessToken();
            for (int read = 1; read <= reads; read++) {
                Duration cpuBefore = hub.info().totalCpuDuration().orElseThrow();
                long start = System.nanoTime();
                long rows = 0;
                for (String table : client.snapshotStart(token).tables()) {
                    SnapshotPage page = null;
                    do {
                        page = client.snapshot(token, table, page == null ? null : page.lastId(), 5_000);
                        rows += page.rows().size();
                    } while (!page.tableDone());
                }
                double cpu = (hub.info().totalCpuDuration().orElseThrow().toMillis() - cpuBefore.toMillis()) / 1e3;
                System.out.printf("| hub reading a whole snapshot, %s | %,d rows in %.1f s | hub CPU %.2f s |%n",
                        read == 1 ? "hub just started" : "read " + read, rows, (System.nanoTime() - start) / 1e9, cpu);
            }
        } finally {
            hub.destroy();
            hub.waitFor();
        }
    }
}
