package org.techbench.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.techbench.Main;
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
        Path hubFolder = work.resolve("hub-read-run");
        Files.createDirectories(hubFolder);
        Files.copy(template.resolve("hub.mv.db"), hubFolder.resolve("hub.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Process hub = SyncBenchmark.java(Main.class.getName(), "hub", "--data", hubFolder.toString(), "--host", "127.0.0.1",
                "--port", Integer.toString(port));
        try {
            var hubOut = new BufferedReader(new InputStreamReader(hub.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = hubOut.readLine();
            } while (line != null && !line.startsWith("TechBench hub on"));
            var client = new HubClient("http://127.0.0.1:" + port, "00000000000000b1", System::currentTimeMillis);
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
