package org.techbench.report.sheets;

import java.util.List;
import java.util.Objects;
import org.techbench.i18n.Texts;
import org.techbench.report.print.PrintedWorkbook;

/**
 * The fault and SLA report: a summary (how many faults, how many resolved, the share of responses
 * and resolutions within target, satisfaction) and every fault of the period with its times.
 */
public final class FaultReportSheets {

    private FaultReportSheets() {
    }

    public static void write(PrintedWorkbook workbook, List<FaultLine> faults) {
        Texts words = workbook.heading().words();
        long resolved = faults.stream().filter(f -> f.resolved() != null).count();
        List<Boolean> responses = faults.stream().map(FaultLine::responseMet).filter(Objects::nonNull).toList();
        List<Boolean> resolutions = faults.stream().map(FaultLine::resolutionMet).filter(Objects::nonNull).toList();
        List<Integer> ratings = faults.stream().map(FaultLine::satisfaction).filter(Objects::nonNull).toList();
        PrintedWorkbook.Lines summary = workbook.summarySheet(words.get("report.sheet.summary"));
        summary.line(words.get("report.faults.count"), (long) faults.size())
                .line(words.get("report.faults.resolved"), resolved)
                .share(words.get("report.faults.responseMet"), share(responses))
                .share(words.get("report.faults.resolutionMet"), share(resolutions))
                .line(words.get("report.faults.satisfaction"), ratings.isEmpty() ? words.get("report.none")
                        : (Object) (Math.round(ratings.stream().mapToInt(Integer::intValue).average().orElse(0) * 10) / 10.0))
                .line(words.get("report.faults.rated"), (long) ratings.size());
        if (faults.isEmpty()) {
            summary.line("", words.get("report.faults.none"));
        }
        PrintedWorkbook.Table table = workbook.table(words.get("report.sheet.faults"), List.of(
                words.get("report.col.number"), words.get("report.col.site"), words.get("report.col.asset"),
                words.get("report.col.category"), words.get("report.col.priority"), words.get("report.col.status"),
                words.get("report.col.symptom"), words.get("report.col.reported"), words.get("report.col.responded"),
                words.get("report.col.resolved"), words.get("report.col.responseHours"),
                words.get("report.col.responseTarget"), words.get("report.col.responseMet"),
                words.get("report.col.resolutionHours"), words.get("report.col.resolutionTarget"),
                words.get("report.col.resolutionMet"), words.get("report.col.waitedHours"),
                words.get("report.col.rootCause"), words.get("report.col.whatWasDone"),
                words.get("report.col.satisfaction"), words.get("report.col.comment")),
                List.of(14, 7, 14, 13, 6, 10, 26, 15, 15, 15, 8, 8, 8, 9, 8, 9, 9, 24, 26, 6, 20));
        for (FaultLine f : faults) {
            table.row(f.number(), f.site(), f.asset(), f.subcategory(), f.priority(), f.status(), f.symptom(), f.reported(),
                    f.responded(), f.resolved(), f.response(), f.responseTarget(), f.responseMet(), f.resolution(),
                    f.resolutionTarget(), f.resolutionMet(), f.waited(), f.rootCause(), f.whatWasDone(), f.satisfaction(),
                    f.comment());
        }
        table.nothing(words.get("report.faults.none"));
        table.finish();
    }

    /** The share of trues, or null when there is nothing to count. */
    static Double share(List<Boolean> outcomes) {
        return outcomes.isEmpty() ? null : outcomes.stream().filter(Boolean::booleanValue).count() / (double) outcomes.size();
    }
}
