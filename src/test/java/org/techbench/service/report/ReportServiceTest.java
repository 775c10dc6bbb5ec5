package org.techbench.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.ComponentKind;
import org.techbench.domain.asset.InstalledSoftware;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.fault.Impact;
import org.techbench.domain.fault.Urgency;
import org.techbench.domain.site.Site;
import org.techbench.service.Progress;
import org.techbench.service.RefusedException;
import org.techbench.service.Workbench;
import org.techbench.service.fault.FaultReport;
import org.techbench.service.fault.ResolutionSummary;
import org.techbench.store.DataFolder;
import org.techbench.sync.hub.MovableClock;

/** The Excel reports read back with POI: their sheets, values and totals, and how they print. */
class ReportServiceTest {

    @TempDir
    Path folder;
    MovableClock clock = new MovableClock(Instant.parse("2026-12-04T01:00:00Z"));
    Workbench workbench;
    Site site;

    @BeforeEach
    void aSite() {
        workbench = Workbench.open(new DataFolder(folder.resolve("store")), clock, "tester");
        site = workbench.sites().save(new Site(null, "N1", "North plant", "", ZoneId.of("Asia/Shanghai"), "", null, null,
                false));
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void theFaultReportListsThePeriodsFaultsWithTheirTargetsMetOrMissedAndTheirTotals() throws Exception {
        Fault quick = report("Printer offline");                       // P3: respond within 4 h, resolve within 24 h
        clock.advance(Duration.ofMinutes(30));
        workbench.faults().assign(quick.id(), workbench.technicians().currentId());
        workbench.faults().move(quick.id(), FaultStatus.IN_PROGRESS, null);
        clock.advance(Duration.ofMinutes(90));
        workbench.faults().resolve(quick.id(), new ResolutionSummary("Driver crashed", "Reinstalled the driver",
                "Check the spooler first", "Update drivers monthly"));
        workbench.faults().close(quick.id(), 5, "Fast", null);
        Fault slow = report("Scanner jams");
        clock.advance(Duration.ofHours(6));
        workbench.faults().assign(slow.id(), workbench.technicians().currentId());
        workbench.faults().move(slow.id(), FaultStatus.IN_PROGRESS, null);
        clock.advance(Duration.ofDays(10));
        report("Reported after the period");

        Path out = folder.resolve("faults.xlsx");
        int listed = workbench.reports().faults(site.id(), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7),
                Locale.ENGLISH, out, Progress.NONE);

        assertThat(listed).isEqualTo(2);
        try (XSSFWorkbook book = read(out)) {
            assertThat(Stream.of(0, 1).map(book::getSheetName)).containsExactly("Summary", "Faults");
            Sheet faults = book.getSheet("Faults");
            assertThat(faults.getLastRowNum()).isEqualTo(2);
            assertThat(text(faults.getRow(1), 0)).isEqualTo(quick.number());
            assertThat(text(faults.getRow(1), 12)).isEqualTo("Met");
            assertThat(text(faults.getRow(1), 15)).isEqualTo("Met");
            assertThat(faults.getRow(1).getCell(13).getNumericCellValue()).isEqualTo(2.0);
            assertThat(faults.getRow(1).getCell(19).getNumericCellValue()).isEqualTo(5.0);
            assertThat(text(faults.getRow(2), 0)).isEqualTo(slow.number());
            assertThat(text(faults.getRow(2), 12)).isEqualTo("Missed");
            assertThat(faults.getRow(2).getCell(15)).as("no resolution yet: left blank").isNull();
            Sheet summary = book.getSheet("Summary");
            assertThat(text(summary.getRow(0), 0)).isEqualTo("Fault and SLA report");
            assertThat(valueOf(summary, "Faults reported in the period")).isEqualTo(2.0);
            assertThat(valueOf(summary, "Resolved")).isEqualTo(1.0);
            assertThat(valueOf(summary, "Responses within target")).isEqualTo(0.5);
        }
    }

    @Test
    void everyDataSheetPrintsOnePageWideWithItsHeaderOnEveryPageAndPageNumbers() throws Exception {
        report("Printer offline");
        Path out = folder.resolve("faults.xlsx");
        workbench.reports().faults(null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), Locale.ENGLISH, out,
                Progress.NONE);

        try (XSSFWorkbook book = read(out)) {
            XSSFSheet faults = book.getSheet("Faults");
            assertThat(faults.getPrintSetup().getLandscape()).isTrue();
            // 21 columns would print too small on A4.
            assertThat(faults.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A3_PAPERSIZE);
            assertThat(faults.getFitToPage()).isTrue();
            assertThat(faults.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(faults.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(faults.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            assertThat(faults.getPaneInformation().isFreezePane()).isTrue();
            assertThat(faults.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:U2");
            assertThat(faults.getHeader().getCenter()).isEqualTo("&BFault and SLA report");
            assertThat(faults.getHeader().getLeft()).isEqualTo("All sites");
            assertThat(faults.getHeader().getRight()).isEqualTo("2026-12-01 – 2026-12-31");
            assertThat(faults.getFooter().getRight()).isEqualTo("Page &P of &N");
            assertThat(faults.getFooter().getLeft()).isEqualTo("Printed 2026-12-04");
            assertThat(book.getSheet("Summary").getPrintSetup().getLandscape()).isFalse();
            assertThat(book.getSheet("Summary").getPrintSetup().getPaperSize())
                    .isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        }
    }

    @Test
    void aRowWithLongTextIsAsTallAsItsWrappedLines() throws Exception {
        report("Printer offline");
        report("The label printer in the warehouse prints every label twice and then jams on the third one");
        Path out = folder.resolve("faults.xlsx");
        workbench.reports().faults(site.id(), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), Locale.ENGLISH, out,
                Progress.NONE);

        try (XSSFWorkbook book = read(out)) {
            Sheet faults = book.getSheet("Faults");
            Row tall = text(faults.getRow(1), 6).startsWith("The label") ? faults.getRow(1) : faults.getRow(2);
            assertThat(tall.getCell(6).getCellStyle().getWrapText()).isTrue();
            // 92 characters in a column 26 wide: four lines of 13 points, and 2 to spare.
            assertThat(tall.getHeightInPoints()).isEqualTo(54f);
        }
    }

    @Test
    void theMaintenanceReportHasEveryResultTheFindingsWithTheirFaultAndASummaryCountedFromThem() throws Exception {
        workbench.maintenance().seedBuiltIns();
        Asset server = workbench.assets().save(new Asset(null, site.id(), "N1-SRV-1", "File server", AssetKind.SERVER, "HPE",
                "DL380", "CZ1", "Rack 1", "10.0.0.9", null, AssetStatus.IN_SERVICE, LocalDate.of(2024, 1, 1), null, null,
                false));
        var checklist = workbench.maintenance().templatesFor(AssetKind.SERVER).getFirst();
        var inspection = workbench.maintenance().start(server.id(), checklist.id());
        for (var item : checklist.items()) {
            var answer = switch (item.answerType()) {
                case READING -> item.key().equals("psu-12v") ? org.techbench.domain.maintenance.Answer.reading("11.1")
                        : org.techbench.domain.maintenance.Answer.reading(item.lowerLimit() != null
                        ? item.lowerLimit().add(java.math.BigDecimal.ONE).toPlainString() : "50");
                case CHOICE -> org.techbench.domain.maintenance.Answer.choice(item.choiceList().getFirst());
                case TEXT -> org.techbench.domain.maintenance.Answer.text("fine");
                case PASS_FAIL -> org.techbench.domain.maintenance.Answer.verdict(
                        org.techbench.domain.maintenance.CheckOutcome.PASS);
            };
            workbench.maintenance().answer(inspection.id(), item.id(), answer);
        }
        var psu = checklist.items().stream().filter(i -> i.key().equals("psu-12v")).findFirst().orElseThrow();
        Fault raised = workbench.maintenance().raiseFault(inspection.id(), psu.id(), Locale.ENGLISH);
        workbench.maintenance().finish(inspection.id(), "Li Na", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10},
                Locale.ENGLISH);
        Path out = folder.resolve("maintenance.xlsx");

        long results = workbench.reports().maintenance(site.id(), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31),
                Locale.ENGLISH, out, Progress.NONE);

        assertThat(results).isEqualTo(checklist.items().size());
        try (XSSFWorkbook book = read(out)) {
            assertThat(Stream.of(0, 1, 2, 3).map(book::getSheetName))
                    .containsExactly("Summary", "Inspections", "Findings", "Overdue");
            assertThat(book.getSheet("Inspections").getLastRowNum()).isEqualTo(checklist.items().size());
            Row finding = book.getSheet("Findings").getRow(1);
            assertThat(text(finding, 1)).isEqualTo("N1-SRV-1");
            assertThat(text(finding, 3)).isEqualTo("11.1 V");
            assertThat(text(finding, 5)).isEqualTo(raised.number());
            assertThat(text(finding, 6)).isEqualTo("Reported");
            assertThat(book.getSheet("Findings").getLastRowNum()).isEqualTo(1);
            Sheet summary = book.getSheet("Summary");
            assertThat(valueOf(summary, "Inspections finished")).isEqualTo(1.0);
            assertThat(valueOf(summary, "Failed items")).isEqualTo(1.0);
            assertThat(valueOf(summary, "Pass rate")).isEqualTo((checklist.items().size() - 1.0) / checklist.items().size());
            assertThat(valueOf(summary, "Faults opened")).isEqualTo(1.0);
            assertThat(valueText(summary, "Technicians")).isEqualTo("tester");
            assertThat(book.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void aPeriodWithNoFaultsGivesAReportThatSaysSo() throws Exception {
        Path out = folder.resolve("empty.xlsx");
        workbench.reports().faults(site.id(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), Locale.ENGLISH, out,
                Progress.NONE);

        try (XSSFWorkbook book = read(out)) {
            assertThat(text(book.getSheet("Faults").getRow(1), 0)).isEqualTo("No fault was reported in this period.");
            assertThat(valueOf(book.getSheet("Summary"), "Faults reported in the period")).isEqualTo(0.0);
        }
    }

    @Test
    void aReportInChineseHasChineseSheetsAndAFontThatShowsChinese() throws Exception {
        report("打印机脱机");
        Path out = folder.resolve("故障.xlsx");
        workbench.reports().faults(site.id(), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), Locale.SIMPLIFIED_CHINESE,
                out, Progress.NONE);

        try (XSSFWorkbook book = read(out)) {
            assertThat(book.getSheetName(1)).isEqualTo("故障");
            Sheet faults = book.getSheet("故障");
            assertThat(text(faults.getRow(1), 6)).isEqualTo("打印机脱机");
            assertThat(text(faults.getRow(1), 5)).isEqualTo("已报告");
            assertThat(book.getFontAt(faults.getRow(1).getCell(6).getCellStyle().getFontIndex()).getFontName())
                    .isEqualTo("Microsoft YaHei");
            assertThat(faults.getFooter().getRight()).isEqualTo("第 &P 页，共 &N 页");
        }
    }

    @Test
    void theInventoryHasTheAssetsTheirPartsAndTheirSoftwareASheetEach() throws Exception {
        Asset pc = workbench.assets().save(new Asset(null, site.id(), "N1-PC-1", "Front desk PC", AssetKind.DESKTOP, "Dell",
                "OptiPlex", "DX1", "Lobby", "10.0.0.7", null, AssetStatus.IN_SERVICE, LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 20), null, false));
        workbench.assets().addComponent(pc.id(), new Component(null, null, null, ComponentKind.DISK, "Samsung", "870 EVO",
                "S1", "1 TB", LocalDate.of(2024, 1, 1), null));
        workbench.assets().addSoftware(pc.id(), new InstalledSoftware(null, null, null, "7-Zip", "24.09", "Igor Pavlov",
                LocalDate.of(2025, 1, 1), null));
        Path out = folder.resolve("inventory.xlsx");

        assertThat(workbench.reports().inventory(site.id(), Locale.ENGLISH, out, Progress.NONE)).isEqualTo(1);

        try (XSSFWorkbook book = read(out)) {
            Row asset = book.getSheet("Assets").getRow(1);
            assertThat(text(asset, 1)).isEqualTo("N1-PC-1");
            assertThat(text(asset, 3)).isEqualTo("Desktop");
            assertThat(text(asset, 12)).isEqualTo("Ends within 90 days");
            assertThat(text(book.getSheet("Components").getRow(1), 1)).isEqualTo("Disk");
            assertThat(text(book.getSheet("Components").getRow(1), 4)).isEqualTo("S1");
            assertThat(text(book.getSheet("Software").getRow(1), 1)).isEqualTo("7-Zip");
        }
    }

    @Test
    void aFinishedRunsRecordHasEveryStepWithWhoAndWhat() throws Exception {
        Asset pc = workbench.assets().save(new Asset(null, site.id(), "N1-PC-2", "Lab PC", AssetKind.DESKTOP, "Dell",
                "OptiPlex", "DX2", null, null, null, AssetStatus.IN_SERVICE, null, null, null, false));
        UUID run = workbench.procedures().start("SOFTWARE-INSTALL", pc.id(), null).run().id();
        for (String answer : new String[] {"pass", "yes", "7-Zip", "24.09", "", "pass", "none", "Li Na"}) {
            workbench.procedures().answer(run, answer, null);
        }
        Path out = folder.resolve("run.xlsx");

        workbench.reports().procedureRun(run, Locale.ENGLISH, out);

        try (XSSFWorkbook book = read(out)) {
            Sheet steps = book.getSheet("Steps");
            assertThat(steps.getLastRowNum()).isEqualTo(8);
            assertThat(text(steps.getRow(3), 1)).isEqualTo("Name of the software installed");
            assertThat(text(steps.getRow(3), 2)).isEqualTo("7-Zip");
            assertThat(text(steps.getRow(7), 2)).isEqualTo("Not needed");
            assertThat(text(steps.getRow(3), 4)).isEqualTo("tester");
            assertThat(valueText(book.getSheet("Run"), "Changed on the asset"))
                    .isEqualTo("The asset's software now lists 7-Zip 24.09.");
        }
    }

    @Test
    void aReportForAFolderThatIsNotThereIsRefusedAndLeavesNoFile() {
        Path out = folder.resolve("no-such-folder").resolve("faults.xlsx");

        assertThatThrownBy(() -> workbench.reports().faults(null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7),
                Locale.ENGLISH, out, Progress.NONE)).isInstanceOf(RefusedException.class)
                .hasMessage("The folder " + out.getParent() + " does not exist: choose another place for the report.");
        assertThat(Files.exists(out.getParent())).isFalse();
    }

    @Test
    void aFailedWriteKeepsTheReportThatWasThereAndLeavesNoPartFile() throws Exception {
        Path out = folder.resolve("faults.xlsx");
        Files.createDirectory(out); // a folder in the way: the move into place fails
        Files.writeString(out.resolve("keep.txt"), "kept");

        assertThatThrownBy(() -> workbench.reports().faults(null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7),
                Locale.ENGLISH, out, Progress.NONE)).isInstanceOf(RefusedException.class);

        assertThat(Files.readString(out.resolve("keep.txt"))).isEqualTo("kept");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    private Fault report(String symptom) {
        return workbench.faults().report(new FaultReport(site.id(), null, FaultSubcategory.DAMAGED_DEVICE, symptom, null,
                null, "Li Na", null, null, Impact.MEDIUM, Urgency.MEDIUM, null, null, null));
    }

    private static XSSFWorkbook read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String text(Row row, int column) {
        return row.getCell(column).getStringCellValue();
    }

    private static double valueOf(Sheet summary, String caption) {
        return rowOf(summary, caption).getCell(1).getNumericCellValue();
    }

    private static String valueText(Sheet summary, String caption) {
        return rowOf(summary, caption).getCell(1).getStringCellValue();
    }

    private static Row rowOf(Sheet summary, String caption) {
        for (Row row : summary) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(caption)) {
                return row;
            }
        }
        throw new AssertionError("no line " + caption);
    }
}
