package org.techbench.report.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.techbench.i18n.Texts;
import org.techbench.report.print.ChartSpec;
import org.techbench.report.print.PrintedWorkbook;
import org.techbench.report.print.Share;

/**
 * The service-quality report (service manual ch.10): the period's figures on a summary, response
 * times by priority, the satisfaction ratings, and the figures by month, technician and category,
 * each with a native chart: trend lines by month, bars for the others.
 */
public final class QualityReportSheets {

    private static final int CHART_ROWS = 18;

    private QualityReportSheets() {
    }

    /** The figures grouped every way the report shows them. */
    public record Groups(QualityLine all, List<QualityLine> byPriority, List<QualityLine> byMonth,
                         List<QualityLine> byTechnician, List<QualityLine> byCategory) {
    }

    public static void write(PrintedWorkbook workbook, Groups groups) {
        Texts words = workbook.heading().words();
        QualityLine all = groups.all();
        PrintedWorkbook.Lines summary = workbook.summarySheet(words.get("report.sheet.summary"));
        summary.section(words.get("report.quality.figures"))
                .line(words.get("report.quality.faults"), all.faults())
                .line(words.get("report.quality.resolved"), all.resolved())
                .share(words.get("report.quality.resolutionRate"), all.resolutionRate())
                .share(words.get("report.quality.firstTimeFix"), all.firstTimeFix())
                .share(words.get("report.quality.responseMet"), all.responseMet())
                .share(words.get("report.quality.resolutionMet"), all.resolutionMet())
                .line(words.get("report.quality.meanResponse"), hours(all.meanResponseHours(), words))
                .line(words.get("report.quality.medianResponse"), hours(all.medianResponseHours(), words))
                .line(words.get("report.quality.p90Response"), hours(all.p90ResponseHours(), words))
                .line(words.get("report.quality.satisfaction"), all.satisfaction() == null ? words.get("report.none")
                        : (Object) all.satisfaction())
                .line(words.get("report.quality.rated"), all.rated())
                .share(words.get("report.quality.processCompliance"), all.processCompliance());
        if (all.faults() == 0) {
            summary.line("", words.get("report.quality.none"));
        }
        summary.section(words.get("report.quality.howCounted"))
                .line(words.get("report.quality.firstTimeFix"), words.get("report.quality.firstTimeFixMeans"))
                .line(words.get("report.quality.processCompliance"), words.get("report.quality.processMeans"));

        responses(workbook, groups.byPriority(), words);
        ratings(workbook, all, words);
        grouped(workbook, words.get("report.sheet.byMonth"), words.get("report.quality.month"), groups.byMonth(),
                new ChartSpec(ChartSpec.Kind.LINES, words.get("report.quality.trend"), 0, names(groups.byMonth()), List.of(
                        series(words.get("report.quality.resolutionRate"), 3, groups.byMonth(), QualityLine::resolutionRate),
                        series(words.get("report.quality.firstTimeFix"), 4, groups.byMonth(), QualityLine::firstTimeFix),
                        series(words.get("report.quality.resolutionMet"), 6, groups.byMonth(), QualityLine::resolutionMet),
                        series(words.get("report.quality.processCompliance"), 12, groups.byMonth(),
                                QualityLine::processCompliance)), true), words);
        grouped(workbook, words.get("report.sheet.byTechnician"), words.get("report.quality.technician"),
                groups.byTechnician(), comparison(words, groups.byTechnician()), words);
        grouped(workbook, words.get("report.sheet.byCategory"), words.get("report.quality.category"), groups.byCategory(),
                comparison(words, groups.byCategory()), words);
        workbook.putFirst(words.get("report.sheet.summary"));
    }

    private static ChartSpec comparison(Texts words, List<QualityLine> lines) {
        return new ChartSpec(ChartSpec.Kind.BARS, words.get("report.quality.compared"), 0, names(lines), List.of(
                series(words.get("report.quality.resolutionRate"), 3, lines, QualityLine::resolutionRate),
                series(words.get("report.quality.firstTimeFix"), 4, lines, QualityLine::firstTimeFix),
                series(words.get("report.quality.resolutionMet"), 6, lines, QualityLine::resolutionMet)), true);
    }

    private static void grouped(PrintedWorkbook workbook, String sheet, String groupCaption, List<QualityLine> lines,
                                ChartSpec chart, Texts words) {
        PrintedWorkbook.Table table = workbook.table(sheet, List.of(groupCaption, words.get("report.quality.faults"),
                words.get("report.quality.resolved"), words.get("report.quality.resolutionRate"),
                words.get("report.quality.firstTimeFix"), words.get("report.quality.responseMet"),
                words.get("report.quality.resolutionMet"), words.get("report.quality.meanResponse"),
                words.get("report.quality.medianResponse"), words.get("report.quality.p90Response"),
                words.get("report.quality.satisfaction"), words.get("report.quality.rated"),
                words.get("report.quality.processCompliance")),
                List.of(18, 7, 8, 10, 10, 10, 10, 10, 10, 10, 9, 7, 11));
        for (QualityLine line : lines) {
            table.row(line.group(), line.faults(), line.resolved(), new Share(line.resolutionRate()),
                    new Share(line.firstTimeFix()), new Share(line.responseMet()), new Share(line.resolutionMet()),
                    line.meanResponseHours(), line.medianResponseHours(), line.p90ResponseHours(), line.satisfaction(),
                    line.rated(), new Share(line.processCompliance()));
        }
        if (lines.isEmpty()) {
            table.nothing(words.get("report.quality.none"));
        } else {
            table.chart(chart, CHART_ROWS);
        }
        table.finish();
    }

    private static void responses(PrintedWorkbook workbook, List<QualityLine> byPriority, Texts words) {
        PrintedWorkbook.Table table = workbook.table(words.get("report.sheet.responses"), List.of(
                words.get("report.col.priority"), words.get("report.quality.faults"), words.get("report.quality.meanResponse"),
                words.get("report.quality.medianResponse"), words.get("report.quality.p90Response"),
                words.get("report.quality.responseMet")), List.of(10, 8, 12, 12, 12, 12));
        for (QualityLine line : byPriority) {
            table.row(line.group(), line.faults(), line.meanResponseHours(), line.medianResponseHours(),
                    line.p90ResponseHours(), new Share(line.responseMet()));
        }
        if (byPriority.isEmpty()) {
            table.nothing(words.get("report.quality.none"));
        } else {
            table.chart(new ChartSpec(ChartSpec.Kind.BARS, words.get("report.quality.responseHours"), 0, names(byPriority),
                    List.of(series(words.get("report.quality.meanResponse"), 2, byPriority, QualityLine::meanResponseHours),
                            series(words.get("report.quality.medianResponse"), 3, byPriority,
                                    QualityLine::medianResponseHours),
                            series(words.get("report.quality.p90Response"), 4, byPriority, QualityLine::p90ResponseHours)),
                    false), CHART_ROWS);
        }
        table.finish();
    }

    private static void ratings(PrintedWorkbook workbook, QualityLine all, Texts words) {
        PrintedWorkbook.Table table = workbook.table(words.get("report.sheet.satisfaction"), List.of(
                words.get("report.quality.rating"), words.get("report.quality.ratedFaults"), words.get("report.quality.share")),
                List.of(12, 12, 12));
        long[] counts = all.ratings();
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            String stars = words.get("report.quality.stars", i + 1);
            names.add(stars);
            values.add((double) counts[i]);
            table.row(stars, counts[i], new Share(all.rated() == 0 ? null : counts[i] / (double) all.rated()));
        }
        table.chart(new ChartSpec(ChartSpec.Kind.BARS, words.get("report.quality.distribution"), 0, names,
                List.of(new ChartSpec.Series(words.get("report.quality.ratedFaults"), 1, values)), false), CHART_ROWS);
        table.finish();
    }

    private static List<String> names(List<QualityLine> lines) {
        return lines.stream().map(QualityLine::group).toList();
    }

    private static ChartSpec.Series series(String name, int column, List<QualityLine> lines,
                                           Function<QualityLine, Double> value) {
        return new ChartSpec.Series(name, column, lines.stream().map(value).toList());
    }

    private static Object hours(Double hours, Texts words) {
        return hours == null ? words.get("report.none") : hours;
    }
}
