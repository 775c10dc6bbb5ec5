package org.techbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.service.Workbench;
import org.techbench.store.DataFolder;

class CacheTrainingTest {

    @TempDir
    Path work;

    @Test
    void trainingRunGivesAFreshLaptopTheWholeStoreThroughAHubAndPushesItsEdits() {
        long copied = CacheTraining.run(work, 60);

        assertThat(copied).isGreaterThan(60);
        assertThat(work.resolve("assets.xlsx")).isNotEmptyFile();
        try (Workbench laptop = Workbench.open(new DataFolder(work.resolve("laptop")), Clock.systemUTC(), "test")) {
            assertThat(laptop.assets().match(AssetFilter.all())).hasSize(60);
            assertThat(laptop.sync().standing().pendingChanges()).isZero();
        }
    }
}
