package org.techbench.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import org.techbench.domain.site.Site;
import org.techbench.service.Progress;
import org.techbench.service.Workbench;
import org.techbench.service.asset.ImportOptions;
import org.techbench.service.asset.ImportPlan;
import org.techbench.service.asset.ImportResult;
import org.techbench.store.DataFolder;

/** Times importing a CSV of N assets into an empty store (run it with the heap capped, -Xmx512m). */
public final class AssetImportBenchmark {

    private static final String[][] MODELS = {{"Dell", "OptiPlex 7010", "DESKTOP"}, {"Lenovo", "ThinkPad T14", "LAPTOP"},
        {"HPE", "ProLiant DL380 Gen11", "SERVER"}, {"Huawei", "S5735-L48T4S", "SWITCH"}, {"HP", "LaserJet M507", "PRINTER"}};

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Files.createDirectories(work);
        Path csv = work.resolve("assets-" + count + ".csv");
        writeCsv(csv, count);
        Path store = Files.createTempDirectory(work, "import-store-");
        try (Workbench workbench = Workbench.open(new DataFolder(store), Clock.systemDefaultZone(), "bench")) {
            for (int s = 1; s <= 20; s++) {
                workbench.sites().save(new Site(null, "S%03d".formatted(s), "Site " + s, null, ZoneId.of("Asia/Shanghai"),
                        null, null, null, false));
            }
            long start = System.nanoTime();
            ImportPlan plan = workbench.assetImport().plan(csv, ImportOptions.defaults(), Progress.NONE);
            long planned = System.nanoTime();
            ImportResult result = workbench.assetImport().apply(plan, Progress.NONE);
            long done = System.nanoTime();
            System.out.printf("| import %,d assets from CSV (%.1f MB, heap max %d MB) | check %.1f s + write %.1f s "
                            + "= %.1f s | %d created, %d problems |%n", count, Files.size(csv) / 1e6,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), (planned - start) / 1e9, (done - planned) / 1e9,
                    (done - start) / 1e9, result.created(), plan.problems().size());
        }
    }

    private static void writeCsv(Path csv, int count) throws Exception {
        Random random = new Random(7);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("Site,Tag,Name,Kind,Make,Model,Serial,Location,IP address,Hostname,Status,Purchased on,Warranty ends on\n");
            for (int i = 0; i < count; i++) {
                String[] model = MODELS[random.nextInt(MODELS.length)];
                int site = 1 + i % 20;
                LocalDate bought = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000));
                String tag = "S%03d-IMP-%06d".formatted(site, i);
                out.write("S%03d,%s,%s %s,%s,%s,%s,SN%08X,\"Floor %d, room %d\",10.%d.%d.%d,%s.corp.local,IN_SERVICE,%s,%s\n"
                        .formatted(site, tag, model[0], model[1], model[2], model[0], model[1], random.nextInt(),
                                1 + random.nextInt(9), 100 + random.nextInt(400), site, i / 250 % 256, 2 + i % 250,
                                tag.toLowerCase(), bought, bought.plusYears(3)));
            }
        }
    }
}
