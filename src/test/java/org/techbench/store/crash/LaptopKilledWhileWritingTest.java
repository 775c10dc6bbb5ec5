package org.techbench.store.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
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
import org.techbench.service.sync.HubFixture;
import org.techbench.store.DataFolder;
import org.techbench.store.TestStores;

/**
 * A laptop's process killed outright (SIGKILL) while it works, again and again: edits, inspection
 * answers, imports and syncs whose pages arrive from a hub another laptop keeps feeding. Every
 * reopen succeeds; every write it reported saved is there with the outbox entry that will sync it;
 * an import is there whole or not at all; and a last sync brings laptop and hub level, nothing
 * doubled. A handful of kills here; {@code -Dtechbench.kills=30} for the benchmark's count.
 */
class LaptopKilledWhileWritingTest {

    @TempDir
    Path folder;

    private final Map<UUID, String> acknowledged = new LinkedHashMap<>();
    private final Set<UUID> answers = new LinkedHashSet<>();
    private final Set<String> imported = new LinkedHashSet<>();
    private final Set<String> importing = new LinkedHashSet<>();

    @Test
    void everyAcknowledgedWriteSurvivesAKillWithItsOutboxEntry() throws Exception {
        int kills = Integer.getInteger("techbench.kills", 5);
        Random random = new Random(20261205);
        Path data = folder.resolve("laptop");
        try (HubFixture hub = new HubFixture(folder.resolve("hub"), Clock.systemUTC()).withManager("lin");
             Workbench feeder = Workbench.open(new DataFolder(folder.resolve("feeder")), Clock.systemUTC(), "lin")) {
            feeder.sync().signIn(hub.url, "lin", HubFixture.PASSWORD.toCharArray());
            Site fed = feeder.sites().save(new Site(null, "F1", "Fed", "", ZoneId.of("Asia/Shanghai"), "", null, null, false));
            int fedAssets = 0;
            for (int kill = 0; kill < kills; kill++) {
                for (int i = 0; i < 30; i++, fedAssets++) {
                    feeder.assets().save(new Asset(null, fed.id(), "F1-" + fedAssets, "Fed " + fedAssets, AssetKind.DESKTOP,
                            "HP", "Elite 800", null, null, null, null, AssetStatus.IN_SERVICE, LocalDate.of(2025, 1, 1),
                            null, null, false));
                }
                feeder.sync().sync(Progress.NONE);
                runUntilKilled(start(data, kill, hub.url), 1 + random.nextInt(60), kill);
                try (Connection store = DriverManager.getConnection(TestStores.jdbcUrl(data), "techbench", "");
                     Connection hubStore = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("hub").resolve("hub")
                             .toAbsolutePath() + ";DATABASE_TO_LOWER=TRUE", "techbench", "")) {
                    everyAcknowledgedWriteIsThere(store, hubStore, kill);
                }
            }
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(kills);
            assertThat(imported).as("imports finished before a kill").isNotEmpty();

            try (Workbench laptop = Workbench.open(new DataFolder(data), Clock.systemUTC(), "crash")) {
                laptop.sync().sync(Progress.NONE);
                assertThat(laptop.sync().standing().pendingChanges()).isZero();
                var onLaptop = laptop.assets().match(AssetFilter.all());
                assertThat(onLaptop).doesNotHaveDuplicates().containsAll(acknowledged.keySet());
                feeder.sync().sync(Progress.NONE);
                assertThat(new HashSet<>(feeder.assets().match(AssetFilter.all()))).isEqualTo(new HashSet<>(onLaptop));
                assertThat(onLaptop).hasSize(fedAssets + countAssets(data, "K1-%"));
            }
        }
    }

    private void runUntilKilled(Process laptop, int wanted, int kill) throws Exception {
        int seen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(laptop.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (seen < wanted && (line = out.readLine()) != null) {
                String[] parts = line.split(" ", 3);
                switch (parts[0]) {
                    case "ACK" -> acknowledged.put(UUID.fromString(parts[1]), parts[2]);
                    case "ANSWER" -> answers.add(UUID.fromString(parts[1]));
                    case "IMPORTING" -> importing.add(parts[1]);
                    case "IMPORTED" -> imported.add(parts[1]);
                    default -> {
                        continue;
                    }
                }
                seen++;
            }
            laptop.destroyForcibly();
            assertThat(laptop.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(seen).as("run %d worked before it was killed", kill).isEqualTo(wanted);
    }

    /** On the laptop, each with its outbox entry until a sync the hub answered took it; on the hub after that. */
    private void everyAcknowledgedWriteIsThere(Connection store, Connection hub, int kill) throws Exception {
        for (var write : acknowledged.entrySet()) {
            String name = single(store, "select name from asset where id = ?", write.getKey());
            assertThat(name).as("asset %s after kill %d", write.getKey(), kill).isNotNull();
            // Its last acknowledged name, or a later one written just before the kill.
            assertThat(name.equals(write.getValue()) || name.startsWith("Edited")).as(name).isTrue();
            assertThat(count(store, "select count(*) from sync_outbox where row_id = ?", write.getKey())
                    + count(hub, "select count(*) from asset where id = ?", write.getKey()))
                    .as("outbox entry, or the hub's row, of %s", write.getKey()).isPositive();
        }
        for (UUID answer : answers) {
            assertThat(count(store, "select count(*) from inspection_result where id = ?", answer))
                    .as("answer %s after kill %d", answer, kill).isEqualTo(1);
        }
        for (String prefix : importing) {
            int rows = count(store, "select count(*) from asset where tag like ?", prefix + "%");
            if (imported.contains(prefix)) {
                assertThat(rows).as("import %s, finished, after kill %d", prefix, kill).isEqualTo(WritingLaptop.IMPORT_ROWS);
            } else {
                assertThat(rows).as("import %s, killed, whole or nothing", prefix).isIn(0, WritingLaptop.IMPORT_ROWS);
            }
        }
    }

    private static int countAssets(Path data, String tagPattern) throws Exception {
        try (Connection store = DriverManager.getConnection(TestStores.jdbcUrl(data), "techbench", "")) {
            return count(store, "select count(*) from asset where tag like ?", tagPattern);
        }
    }

    private static String single(Connection store, String sql, Object parameter) throws Exception {
        try (var statement = store.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (var row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static int count(Connection store, String sql, Object parameter) throws Exception {
        return Integer.parseInt(single(store, sql, parameter));
    }

    private static Process start(Path data, int run, String hubUrl) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), WritingLaptop.class.getName(),
                data.toString(), Integer.toString(run), hubUrl, HubFixture.PASSWORD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
