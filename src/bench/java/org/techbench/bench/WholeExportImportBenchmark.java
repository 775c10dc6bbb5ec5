package org.techbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.techbench.service.Progress;
import org.techbench.service.Workbench;
import org.techbench.service.asset.ImportMapping;
import org.techbench.service.asset.ImportOptions;
import org.techbench.service.asset.ImportPlan;
import org.techbench.service.asset.ImportResult;
import org.techbench.store.DataFolder;

/**
 * Times the first day's real load: a whole export (assets with their components and software, made
 * by {@code techbench assets export}) imported into an empty store, its sites created by the import.
 * Run it with the heap capped: {@code -Xmx512m}. Arguments: the export, and a folder for the store.
 */
public final class WholeExportImportBenchmark {

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args[0]);
        Path store = Files.createTempDirectory(Files.createDirectories(Path.of(args[1])), "whole-import-");
        ImportOptions options = new ImportOptions(true, true, new ImportMapping(Map.of(), null, null, true, true, null));
        try (Workbench workbench = Workbench.open(new DataFolder(store), Clock.systemDefaultZone(), "bench")) {
            long start = System.nanoTime();
            ImportPlan plan = workbench.assetImport().plan(csv, options, Progress.NONE);
            long planned = System.nanoTime();
            ImportResult result = workbench.assetImport().apply(plan, Progress.NONE);
            long done = System.nanoTime();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("| import a whole export (%.0f MB CSV, %,d rows, heap max %d MB) | check %.1f s + write %.1f s "
                            + "= %.1f s (%,.0f rows/s) | %,d assets, %,d components, %,d software, %d sites, %d problems |%n",
                    Files.size(csv) / 1e6, plan.rowsRead(), runtime.maxMemory() / (1024 * 1024), (planned - start) / 1e9,
                    (done - planned) / 1e9, (done - start) / 1e9, plan.rowsRead() / ((done - start) / 1e9),
                    result.created(), result.components(), result.software(), plan.newSites().size(), plan.outcome().problems());
        }
    }
}
