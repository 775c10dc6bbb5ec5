package org.techbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.techbench.service.Progress;
import org.techbench.service.Workbench;
import org.techbench.store.DataFolder;

/**
 * Times the service-quality report over every fault of a store (the 50,000), every site,
 * from the first day they could have been reported: five rounds after a warm-up; median and all.
 */
public final class QualityReportBenchmark {

    public static void main(String[] args) throws Exception {
        Path storeFolder = Path.of(args[0]);
        Path out = Files.createTempDirectory("quality-bench").resolve("quality.xlsx");
        List<Long> times = new ArrayList<>();
        int faults = 0;
        try (Workbench workbench = Workbench.open(new DataFolder(storeFolder), Clock.systemDefaultZone(), "bench")) {
            for (int round = 0; round < 6; round++) {
                long start = System.nanoTime();
                faults = workbench.reports().quality(null, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1),
                        Locale.ENGLISH, out, Progress.NONE);
                if (round > 0) {
                    times.add((System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf("| service-quality report, %,d faults, every site | median %d ms | all: %s | %,d bytes |%n",
                faults, sorted.get(sorted.size() / 2), times, Files.size(out));
    }
}
