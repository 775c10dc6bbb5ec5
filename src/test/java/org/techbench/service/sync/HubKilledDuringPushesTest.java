package org.techbench.service.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.site.Site;
import org.techbench.service.Progress;
import org.techbench.service.Workbench;
import org.techbench.store.DataFolder;
import org.techbench.sync.HubApi;

/**
 * The hub's process killed outright (SIGKILL) while a laptop pushes to it, again and again: after
 * it comes back and the laptop syncs again, the hub holds every row the laptop has, once. A push
 * the hub answered was in its file; one it did not answer was applied whole or not at all, and
 * resent without doubling. Four kills here; {@code -Dtechbench.hubKills=30} for the benchmark's count.
 */
class HubKilledDuringPushesTest {

    @TempDir
    Path folder;

    @Test
    void everyPushAnsweredBeforeAKillIsKeptAndTheRestIsResentOnce() throws Exception {
        Path hubFolder = folder.resolve("hub");
        new HubFixture(hubFolder, Clock.systemUTC()).withManager("lin").close();
        Random random = new Random(20261205);
        int port = freePort();
        String url = "http://127.0.0.1:" + port;
        try (Workbench laptop = Workbench.open(new DataFolder(folder.resolve("laptop")), Clock.systemUTC(), "lin")) {
            Site site = laptop.sites().save(new Site(null, "H1", "Harbour", "", ZoneId.of("Asia/Shanghai"), "", null, null,
                    false));
            int made = 0;
            int cutOff = 0;
            int kills = Integer.getInteger("techbench.hubKills", 4);
            for (int kill = 0; kill < kills; kill++) {
                for (int i = 0; i < 150; i++, made++) {
                    laptop.assets().save(new Asset(null, site.id(), "H1-PC-" + made, "PC " + made, AssetKind.DESKTOP,
                            "Dell", "7010", "SN" + made, "Floor 1", null, null, AssetStatus.IN_SERVICE,
                            LocalDate.of(2025, 1, 1), null, null, false));
                }
                Process hub = startHub(hubFolder, port);
                laptop.sync().signIn(url, "lin", HubFixture.PASSWORD.toCharArray());
                CompletableFuture<Void> sync = CompletableFuture.runAsync(() -> laptop.sync().sync(Progress.NONE));
                Thread.sleep(random.nextInt(120)); // a random moment of the push
                hub.destroyForcibly();
                assertThat(hub.waitFor(30, TimeUnit.SECONDS)).isTrue();
                try {
                    sync.get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException hubGone) {
                    // The hub went away mid-sync: the outbox keeps what was not answered.
                    cutOff++;
                }
            }
            assertThat(cutOff).as("syncs cut off by the kill").isPositive();
            Process hub = startHub(hubFolder, port);
            // A hub killed just after turning a session's token over may come back with the old one.
            laptop.sync().signIn(url, "lin", HubFixture.PASSWORD.toCharArray());
            laptop.sync().sync(Progress.NONE);
            assertThat(laptop.sync().standing().pendingChanges()).isZero();
            // What the hub holds, as a laptop new to the team receives it.
            Set<UUID> onLaptop = new HashSet<>(laptop.assets().match(AssetFilter.all()));
            try (Workbench newcomer = Workbench.open(new DataFolder(folder.resolve("newcomer")), Clock.systemUTC(), "lin")) {
                newcomer.sync().signIn(url, "lin", HubFixture.PASSWORD.toCharArray());
                newcomer.sync().sync(Progress.NONE);
                assertThat(new HashSet<>(newcomer.assets().match(AssetFilter.all()))).isEqualTo(onLaptop);
                assertThat(newcomer.assets().match(AssetFilter.all())).doesNotHaveDuplicates();
            } finally {
                hub.destroyForcibly().waitFor();
            }
            assertThat(onLaptop).hasSize(made);
        }
    }

    private Process startHub(Path hubFolder, int port) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process hub = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.techbench.Main", "hub",
                "--data", hubFolder.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(folder.resolve("hub-output.txt").toFile()).start();
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                var answer = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + HubApi.HEALTH))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return hub;
                }
            } catch (java.io.IOException notYet) {
                // Still starting.
            }
            Thread.sleep(100); // polling the health check, not waiting a fixed time
        }
        hub.destroyForcibly();
        throw new AssertionError("the hub did not start");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
