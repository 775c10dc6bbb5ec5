package org.techbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbench.schema.Tables.ASSET;
import static org.techbench.schema.Tables.SYNC_OUTBOX;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A laptop killed (SIGKILL) while closing its store rewrites the file keeps the old file whole: H2
 * writes the compacted copy beside it and moves it into place only when it is complete.
 */
class LaptopKilledWhileCompactingTest {

    private static final int ASSETS = 20_000;
    /** Odd: the first asset ends archived. */
    private static final int SAVES = 401;

    @TempDir
    Path folder;

    @Test
    void aKillWhileTheFileIsRewrittenLosesNoRowAndNoChangeWaitingToSync() throws Exception {
        int waiting;
        try (Store store = TestStores.open(folder)) {
            TestStores.fillWithOldVersions(store, ASSETS, SAVES);
            waiting = store.dsl().fetchCount(SYNC_OUTBOX);
        }
        Path copy = folder.resolve("techbench.mv.db.tempFile");
        int killedMidway = 0;
        for (int run = 0; run < 3; run++) {
            Process laptop = start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(laptop.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("COMPACTING");
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (laptop.isAlive() && !(Files.exists(copy) && Files.size(copy) > 0) && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                if (laptop.isAlive()) {
                    laptop.destroyForcibly();
                    killedMidway++;
                }
                assertThat(laptop.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            try (Store reopened = TestStores.open(folder)) {
                assertThat(reopened.dsl().fetchCount(ASSET)).isEqualTo(ASSETS);
                assertThat(reopened.dsl().fetchCount(ASSET, ASSET.ARCHIVED.isTrue())).isEqualTo(1);
                assertThat(reopened.dsl().fetchCount(SYNC_OUTBOX)).isEqualTo(waiting);
            }
        }
        assertThat(killedMidway).as("runs killed while the compacted copy was being written").isPositive();
    }

    private Process start() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CompactingLaptop.class.getName(),
                folder.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
