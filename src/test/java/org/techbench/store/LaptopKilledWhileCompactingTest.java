package org.techbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbench.schema.Tables.ASSET;
import static org.techbench.schema.Tables.SYNC_OUTBOX;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.site.Site;

/**
 * A laptop killed (SIGKILL) while closing its store rewrites the file keeps the old file whole: H2
 * writes the compacted copy beside it and moves it into place only when it is complete.
 */
class LaptopKilledWhileCompactingTest {

    private static final int ASSETS = 20_000;
    private static final int SAVES = 400;

    @TempDir
    Path folder;

    @Test
    void aKillWhileTheFileIsRewrittenLosesNoRowAndNoChangeWaitingToSync() throws Exception {
        int waiting;
        try (Store store = TestStores.open(folder)) {
            waiting = fillWithOldVersions(store);
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

    /** 20,000 assets, then one of them archived and brought back 400 times (ending archived); returns the outbox's size. */
    private static int fillWithOldVersions(Store store) {
        UUID technician = UUID.randomUUID();
        AssetRepository assets = new AssetRepository(store);
        Site site = TestStores.site("S1");
        List<Asset> all = IntStream.range(0, ASSETS).mapToObj(i -> TestStores.asset(site.id(), "PC-" + i)).toList();
        store.write(technician, tx -> {
            new SiteRepository(store).insertAll(tx, List.of(site));
            assets.insertAll(tx, all);
            return null;
        });
        for (int i = 0; i < SAVES; i++) {
            boolean archived = i % 2 == 1;
            store.write(technician, tx -> {
                assets.setArchived(tx, all.getFirst().id(), archived);
                return null;
            });
        }
        return store.dsl().fetchCount(SYNC_OUTBOX);
    }

    private Process start() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CompactingLaptop.class.getName(),
                folder.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
