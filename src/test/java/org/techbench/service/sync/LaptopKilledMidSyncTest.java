package org.techbench.service.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.service.Progress;
import org.techbench.service.Workbench;
import org.techbench.service.demo.DemoDataOptions;
import org.techbench.store.DataFolder;

/** A laptop whose `sync` process is killed outright, again and again, still ends with the team's data, once. */
class LaptopKilledMidSyncTest {

    @TempDir
    Path folder;

    @Test
    void aSyncKilledMidwayResumesAndEndsEqualToTheHub() throws Exception {
        try (HubFixture hub = new HubFixture(folder.resolve("hub"), Clock.systemUTC()).withManager("lin").withManager("wei");
             Workbench source = Workbench.open(new DataFolder(folder.resolve("source")), Clock.systemUTC(), "lin")) {
            source.demoData().create(new DemoDataOptions(3, 600, 20, 5, LocalDate.of(2026, 11, 28)),
                    source.technicians().currentId(), Progress.NONE);
            source.sync().signIn(hub.url, "lin", HubFixture.PASSWORD.toCharArray());
            source.sync().sync(Progress.NONE);

            Path laptop = folder.resolve("laptop");
            try (StallingProxy line = new StallingProxy(hub.url)) {
                // Killed at three known points of the first sync: early in the snapshot, later in it, near its end.
                for (long bytes : List.of(20_000L, 60_000L, 120_000L)) {
                    line.stallAfter(bytes);
                    Process sync = syncProcess(laptop, line.url());
                    assertThat(line.awaitStall(120)).as("the sync had not finished before %d bytes", bytes).isTrue();
                    sync.destroyForcibly().waitFor();
                }
                line.stallAfter(Long.MAX_VALUE);
                try (Workbench laptopStore = Workbench.open(new DataFolder(laptop), Clock.systemUTC(), "wei")) {
                    assertThat(laptopStore.sync().standing().refreshToken()).as("signed in by the first killed run").isNotNull();
                    assertThat(laptopStore.sync().standing().lastSyncAt()).as("a sync finished before the last").isNull();
                    laptopStore.sync().sync(Progress.NONE);
                    source.sync().sync(Progress.NONE);

                    assertThat(laptopStore.assets().match(AssetFilter.all())).containsExactlyInAnyOrderElementsOf(
                            source.assets().match(AssetFilter.all()));
                    assertThat(laptopStore.overview().overview()).isEqualTo(source.overview().overview());
                    assertThat(laptopStore.sync().standing().pendingChanges()).isEqualTo(0);
                }
            }
        }
    }

    /** `techbench sync` in a process of its own, as a script would run it. */
    private static Process syncProcess(Path data, String hubUrl) throws Exception {
        Files.createDirectories(data);
        String java = ProcessHandle.current().info().command().orElse("java");
        var builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.techbench.Main", "sync",
                "--data", data.toString(), "--hub", hubUrl);
        builder.environment().put("TECHBENCH_USER", "wei");
        builder.environment().put("TECHBENCH_PASSWORD", HubFixture.PASSWORD);
        builder.redirectErrorStream(true).redirectOutput(data.resolveSibling("sync-output.txt").toFile());
        return builder.start();
    }
}
