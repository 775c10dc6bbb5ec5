package org.techbench.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.fault.Impact;
import org.techbench.domain.fault.Urgency;
import org.techbench.domain.site.Site;
import org.techbench.service.Progress;
import org.techbench.service.Workbench;
import org.techbench.service.fault.FaultReport;
import org.techbench.service.fault.ResolutionSummary;
import org.techbench.store.DataFolder;
import org.techbench.sync.hub.MovableClock;

/** The service-quality report read back: the figures of ch.10 counted from the store, and native charts. */
class QualityReportTest {

    @TempDir
    Path folder;
    MovableClock clock = new MovableClock(Instant.parse("2026-12-04T01:00:00Z"));
    Workbench workbench;
    Site site;

    @BeforeEach
    void threeFaults() {
        workbench = Workbench.open(new DataFolder(folder.resolve("store")), clock, "tester");
        site = workbench.sites().save(new Site(null, "N1", "North plant", "", ZoneId.of("Asia/Shanghai"), "", null, null,
                false));
        // P3: respond within 4 h, resolve within 24 h.
        Fault quick = report("Printer offline");
        Fault reopened = report("Scanner jams");
        report("Badge reader dead");
        clock.advance(Duration.ofMinutes(30));
        work(quick);
        clock.advance(Duration.ofMinutes(90));
        workbench.faults().resolve(quick.id(), summary());
        workbench.faults().close(quick.id(), 5, "Fast", null);
        clock.advance(Duration.ofHours(4));                  // the scanner waited 6 h for a response: missed
        work(reopened);
        workbench.faults().resolve(reopened.id(), summary());
        workbench.faults().move(reopened.id(), FaultStatus.IN_PROGRESS, "Still jams");
        workbench.faults().resolve(reopened.id(), summary());
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void theSummaryCountsResolutionFirstTimeFixSlaResponseSatisfactionAndProcess() throws Exception {
        Path out = folder.resolve("quality.xlsx");

        int faults = workbench.reports().quality(site.id(), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31),
                Locale.ENGLISH, out, Progress.NONE);

        assertThat(faults).isEqualTo(3);
        try (XSSFWorkbook book = read(out)) {
            Sheet summary = book.getSheet("Summary");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Service-quality report");
            assertThat(valueOf(summary, "Faults")).isEqualTo(3.0);
            assertThat(valueOf(summary, "Resolved")).isEqualTo(2.0);
            assertThat(valueOf(summary, "Resolution rate")).isEqualTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(valueOf(summary, "First-time fix")).isEqualTo(0.5);
            assertThat(valueOf(summary, "Response within target")).isEqualTo(0.5);
            assertThat(valueOf(summary, "Resolution within target (SLA)")).isEqualTo(1.0);
            assertThat(valueOf(summary, "Mean response (h)")).isEqualTo(3.3);
            assertThat(valueOf(summary, "Median response (h)")).isEqualTo(0.5);
            assertThat(valueOf(summary, "90th percentile response (h)")).isEqualTo(6.0);
            assertThat(valueOf(summary, "Mean satisfaction (1–5)")).isEqualTo(5.0);
            assertThat(valueOf(summary, "Process compliance")).isEqualTo(0.5);
        }
    }

    @Test
    void theFiguresComeByMonthTechnicianAndCategoryEachWithANativeChart() throws Exception {
        Path out = folder.resolve("quality.xlsx");

        workbench.reports().quality(null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), Locale.ENGLISH, out,
                Progress.NONE);

        try (XSSFWorkbook book = read(out)) {
            assertThat(book.getSheetName(0)).isEqualTo("Summary");
            XSSFSheet months = book.getSheet("By month");
            assertThat(months.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2026-12");
            assertThat(months.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3.0);
            assertThat(chart(months).getChartSeries().getFirst()).isInstanceOf(XDDFLineChartData.class);
            assertThat(chart(months).getChartSeries().getFirst().getSeriesCount()).isEqualTo(4);
            assertThat(chart(months).getChartSeries().getFirst().getSeries(0).getValuesData().getDataRangeReference())
                    .isEqualTo("'By month'!$D$2");
            XSSFSheet categories = book.getSheet("By category");
            assertThat(categories.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Hardware");
            assertThat(chart(categories).getChartSeries().getFirst()).isInstanceOf(XDDFBarChartData.class);
            XSSFSheet priorities = book.getSheet("Response by priority");
            assertThat(priorities.getRow(1).getCell(0).getStringCellValue()).isEqualTo("P3");
            assertThat(priorities.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(6.0);
            XSSFSheet ratings = book.getSheet("Satisfaction");
            assertThat(ratings.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(chart(ratings)).isNotNull();
            Sheet technicians = book.getSheet("By technician");
            assertThat(technicians.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Not assigned");
            assertThat(technicians.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(technicians.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2.0);
        }
    }

    @Test
    void aPeriodWithoutFaultsGivesAReportThatSaysSo() throws Exception {
        Path out = folder.resolve("quality.xlsx");

        int faults = workbench.reports().quality(site.id(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31),
                Locale.ENGLISH, out, Progress.NONE);

        assertThat(faults).isZero();
        try (XSSFWorkbook book = read(out)) {
            assertThat(book.getSheet("By month").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("No fault was reported in this period.");
        }
    }

    private void work(Fault fault) {
        workbench.faults().assign(fault.id(), workbench.technicians().currentId());
        workbench.faults().move(fault.id(), FaultStatus.IN_PROGRESS, null);
    }

    private static ResolutionSummary summary() {
        return new ResolutionSummary("Worn roller", "Replaced the roller", "Check rollers first", "Clean monthly");
    }

    private Fault report(String symptom) {
        return workbench.faults().report(new FaultReport(site.id(), null, FaultSubcategory.DAMAGED_DEVICE, symptom, null,
                null, "Li Na", null, null, Impact.MEDIUM, Urgency.MEDIUM, null, null, null));
    }

    private static XSSFChart chart(XSSFSheet sheet) {
        return sheet.getDrawingPatriarch().getCharts().getFirst();
    }

    private static XSSFWorkbook read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static double valueOf(Sheet summary, String caption) {
        return rowOf(summary, caption).getCell(1).getNumericCellValue();
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
