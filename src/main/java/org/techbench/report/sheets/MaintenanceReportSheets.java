package org.techbench.report.sheets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.techbench.i18n.Texts;
import org.techbench.report.print.PrintedWorkbook;

/**
 * The maintenance report for a site and period: a summary (contract, technicians, checks done and
 * still due, pass rate, failed items, faults opened and resolved, SLA compliance), every result of
 * the inspections finished in the period, the findings (failed items with their follow-up fault
 * and its state) and what is overdue. The results stream: the summary is counted from them and
 * written last, then put first.
 */
public final class MaintenanceReportSheets {

    /** One answer of a finished inspection. */
    public record ResultLine(OffsetDateTime finished, String asset, String assetName, String checklist, String check,
                             String part, String outcome, boolean failed, BigDecimal reading, String unit, String range,
                             String text, String note, String technician, String fault, String faultState) {
    }

    /** A check that is due and not done. */
    public record OverdueLine(String asset, String assetName, String checklist, LocalDate due, long daysOverdue,
                              int checks) {
    }

    /** What the summary says besides the counts made from the results. */
    public record Facts(String contract, long faultsOpened, long faultsResolved, Double slaMet) {
    }

    private MaintenanceReportSheets() {
    }

    /** Writes the report; {@code results} hands over every result in order. Returns how many results were written. */
    public static long write(PrintedWorkbook workbook, Consumer<Consumer<ResultLine>> results, List<OverdueLine> overdue,
                             Facts facts) {
        Texts words = workbook.heading().words();
        PrintedWorkbook.Table all = workbook.table(words.get("report.sheet.inspections"), List.of(
                words.get("report.mnt.finished"), words.get("report.col.asset"), words.get("report.mnt.checklist"),
                words.get("report.mnt.check"), words.get("report.inv.part"), words.get("report.mnt.outcome"),
                words.get("report.mnt.reading"), words.get("report.mnt.range"), words.get("report.mnt.text"),
                words.get("report.run.note"), words.get("report.run.technician")),
                List.of(15, 15, 18, 34, 10, 9, 8, 14, 16, 20, 14));
        PrintedWorkbook.Table findings = workbook.table(words.get("report.sheet.findings"), List.of(
                words.get("report.mnt.finished"), words.get("report.col.asset"), words.get("report.mnt.check"),
                words.get("report.mnt.reading"), words.get("report.run.note"), words.get("report.mnt.fault"),
                words.get("report.mnt.faultState")), List.of(15, 15, 36, 12, 24, 15, 12));
        long[] counts = new long[3]; // results, passed, failed
        java.util.Set<String> technicians = new java.util.TreeSet<>();
        java.util.Set<String> inspections = new java.util.HashSet<>();
        results.accept(line -> {
            counts[0]++;
            if (line.failed()) {
                counts[2]++;
                findings.row(line.finished(), line.asset(), line.check(), reading(line), line.note(),
                        line.fault() == null ? words.get("report.mnt.noFault") : line.fault(), line.faultState());
            } else if (line.outcome() != null && !line.outcome().isEmpty()) {
                counts[1]++;
            }
            if (line.technician() != null) {
                technicians.add(line.technician());
            }
            inspections.add(line.asset() + "|" + line.checklist() + "|" + line.finished());
            all.row(line.finished(), line.asset(), line.checklist(), line.check(), line.part(), line.outcome(),
                    line.reading(), line.range(), line.text(), line.note(), line.technician());
        });
        all.nothing(words.get("report.mnt.noneDone"));
        all.finish();
        findings.nothing(words.get("report.mnt.noFindings"));
        findings.finish();
        PrintedWorkbook.Table late = workbook.table(words.get("report.sheet.overdue"), List.of(
                words.get("report.col.asset"), words.get("report.inv.name"), words.get("report.mnt.checklist"),
                words.get("report.mnt.due"), words.get("report.mnt.daysOverdue"), words.get("report.mnt.checks")),
                List.of(16, 26, 24, 12, 10, 8));
        overdue.forEach(o -> late.row(o.asset(), o.assetName(), o.checklist(), o.due(), o.daysOverdue(), o.checks()));
        late.nothing(words.get("report.mnt.noneOverdue"));
        late.finish();

        String summaryName = words.get("report.sheet.summary");
        PrintedWorkbook.Lines summary = workbook.summarySheet(summaryName);
        summary.line(words.get("report.mnt.contract"), facts.contract() == null ? words.get("report.none") : facts.contract())
                .line(words.get("report.mnt.technicians"), technicians.isEmpty() ? words.get("report.none")
                        : String.join(", ", technicians))
                .section(words.get("report.mnt.checksSection"))
                .line(words.get("report.mnt.inspectionsDone"), (long) inspections.size())
                .line(words.get("report.mnt.stillDue"), (long) overdue.size())
                .line(words.get("report.mnt.results"), counts[0])
                .share(words.get("report.mnt.passRate"), counts[1] + counts[2] == 0 ? null
                        : counts[1] / (double) (counts[1] + counts[2]))
                .line(words.get("report.mnt.failedItems"), counts[2])
                .section(words.get("report.mnt.faultsSection"))
                .line(words.get("report.mnt.faultsOpened"), facts.faultsOpened())
                .line(words.get("report.mnt.faultsResolved"), facts.faultsResolved())
                .share(words.get("report.mnt.slaMet"), facts.slaMet());
        workbook.putFirst(summaryName);
        return counts[0];
    }

    private static String reading(ResultLine line) {
        if (line.reading() != null) {
            return line.reading().toPlainString() + (line.unit() == null ? "" : " " + line.unit());
        }
        return line.text();
    }
}
