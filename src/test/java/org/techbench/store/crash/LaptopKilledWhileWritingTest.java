package org.techbench.store.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.store.TestStores;

/**
 * A laptop's process killed outright (SIGKILL) while it writes, again and again: every reopen
 * succeeds, and every write it reported saved is there, with the outbox entry that will sync it.
 * A handful of kills here; {@code -Dtechbench.kills=30} for the benchmark's count.
 */
class LaptopKilledWhileWritingTest {

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedWriteSurvivesAKillWithItsOutboxEntry() throws Exception {
        int kills = Integer.getInteger("techbench.kills", 5);
        Random random = new Random(20261205);
        Path data = folder.resolve("laptop");
        Map<UUID, String> acknowledged = new LinkedHashMap<>();
        for (int kill = 0; kill < kills; kill++) {
            Process laptop = start(data, kill);
            int wanted = 1 + random.nextInt(40);
            int seen = 0;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(laptop.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while (seen < wanted && (line = out.readLine()) != null) {
                    if (line.startsWith("ACK ")) {
                        String[] parts = line.split(" ", 3);
                        acknowledged.put(UUID.fromString(parts[1]), parts[2]);
                        seen++;
                    }
                }
                laptop.destroyForcibly();
                assertThat(laptop.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(seen).as("run %d wrote before it was killed", kill).isEqualTo(wanted);

            try (var store = DriverManager.getConnection(TestStores.jdbcUrl(data), "techbench", "")) {
                for (var write : acknowledged.entrySet()) {
                    try (var asset = store.prepareStatement("select name from asset where id = ?")) {
                        asset.setObject(1, write.getKey());
                        try (var row = asset.executeQuery()) {
                            assertThat(row.next()).as("asset %s after kill %d", write.getKey(), kill).isTrue();
                            String name = row.getString(1);
                            // Its last acknowledged name, or a later one written just before the kill.
                            assertThat(name.equals(write.getValue()) || name.startsWith("Edited")).as(name).isTrue();
                        }
                    }
                    try (var outbox = store.prepareStatement("select count(*) from sync_outbox where row_id = ?")) {
                        outbox.setObject(1, write.getKey());
                        try (var row = outbox.executeQuery()) {
                            row.next();
                            assertThat(row.getInt(1)).as("outbox entries of %s", write.getKey()).isPositive();
                        }
                    }
                }
            }
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(kills);
    }

    private static Process start(Path data, int run) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), WritingLaptop.class.getName(),
                data.toString(), Integer.toString(run)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
