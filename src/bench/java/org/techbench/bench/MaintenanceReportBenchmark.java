package org.techbench.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.techbench.service.Progress;
import org.techbench.service.Workbench;
import org.techbench.store.DataFolder;
import org.techbench.store.MaintenanceRepository;
import org.techbench.store.Store;

/**
 * Times the maintenance report over every site for a period of about 100,000 inspection results,
 * against a bare streaming (SXSSF) write of the same results' cells read the same way, in one run
 * (meant for a 256 MB heap: {@code -Xmx256m}). Three rounds of each after a warm-up; medians.
 */
public final class MaintenanceReportBenchmark {

    public static void main(String[] args) throws Exception {
        Path storeFolder = Path.of(args[0]);
        LocalDate to = LocalDate.parse(args.length > 1 ? args[1] : "2026-12-04");
        LocalDate from = LocalDate.parse(args.length > 2 ? args[2] : "2026-09-10");
        Path out = Files.createTempDirectory("report-bench");
        List<Long> report = new ArrayList<>();
        long results = 0;
        try (Workbench workbench = Workbench.open(new DataFolder(storeFolder), Clock.systemDefaultZone(), "bench")) {
            for (int round = 0; round < 4; round++) {
                long start = System.nanoTime();
                results = workbench.reports().maintenance(null, from, to, Locale.ENGLISH, out.resolve("maintenance.xlsx"),
                        Progress.NONE);
                if (round > 0) {
                    report.add((System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        long reportBytes = Files.size(out.resolve("maintenance.xlsx"));
        List<Long> bare = new ArrayList<>();
        try (Store store = Store.open(new DataFolder(storeFolder), Clock.systemDefaultZone())) {
            MaintenanceRepository repository = new MaintenanceRepository(store);
            ZoneId zone = ZoneId.systemDefault();
            for (int round = 0; round < 4; round++) {
                long start = System.nanoTime();
                try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
                    SXSSFSheet sheet = workbook.createSheet("Inspections");
                    int[] next = {0};
                    repository.resultsBetween(null, from.atStartOfDay(zone).toOffsetDateTime(),
                            to.plusDays(1).atStartOfDay(zone).toOffsetDateTime(), r -> {
                                Row row = sheet.createRow(next[0]++);
                                row.createCell(0).setCellValue(r.finishedAt().toLocalDateTime());
                                row.createCell(1).setCellValue(r.assetTag());
                                row.createCell(2).setCellValue(String.valueOf(r.templateId()));
                                row.createCell(3).setCellValue(r.checkEn());
                                row.createCell(4).setCellValue(r.component());
                                row.createCell(5).setCellValue(r.outcome());
                                if (r.reading() != null) {
                                    row.createCell(6).setCellValue(r.reading().doubleValue());
                                }
                                row.createCell(7).setCellValue(r.unit());
                                row.createCell(8).setCellValue(r.text());
                                row.createCell(9).setCellValue(r.note());
                                row.createCell(10).setCellValue(String.valueOf(r.technicianId()));
                            });
                    try (OutputStream file = Files.newOutputStream(out.resolve("bare.xlsx"))) {
                        workbook.write(file);
                    }
                }
                if (round > 0) {
                    bare.add((System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        Collections.sort(report);
        Collections.sort(bare);
        long r = report.get(1);
        long b = bare.get(1);
        System.out.printf("| maintenance report, %s to %s, %,d results (%,d KB), heap %d MB | median %,d ms (%s) |%n", from, to,
                results, reportBytes / 1024, Runtime.getRuntime().maxMemory() / 1024 / 1024, r, report);
        System.out.printf("| bare SXSSF write of the same results' cells | median %,d ms (%s) |%n", b, bare);
        System.out.printf("| report / bare | %.2f× (target ≤ 1.5×) |%n", r / (double) b);
    }
}
