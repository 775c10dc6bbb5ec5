package org.techbench.report.sheets;

import java.time.OffsetDateTime;
import java.util.List;
import org.techbench.i18n.Texts;
import org.techbench.report.print.PrintedWorkbook;

/** The procedure run record: what the run was for, and every step with its answer, who and when. */
public final class RunRecordSheets {

    /** The run as printed at the top. */
    public record RunFacts(String procedure, String code, int version, String asset, String fault, String technician,
                           OffsetDateTime started, OffsetDateTime finished, String status, String effect) {
    }

    /** One recorded step. */
    public record StepLine(int number, String step, String answer, String note, String technician,
                           OffsetDateTime recorded) {
    }

    private RunRecordSheets() {
    }

    public static void write(PrintedWorkbook workbook, RunFacts run, List<StepLine> steps) {
        Texts words = workbook.heading().words();
        PrintedWorkbook.Lines summary = workbook.summarySheet(words.get("report.sheet.run"));
        summary.line(words.get("report.run.procedure"), run.procedure())
                .line(words.get("report.run.code"), run.code() + " v" + run.version())
                .line(words.get("report.col.asset"), run.asset())
                .line(words.get("report.run.fault"), run.fault())
                .line(words.get("report.run.technician"), run.technician())
                .line(words.get("report.run.started"), run.started())
                .line(words.get("report.run.finished"), run.finished())
                .line(words.get("report.col.status"), run.status())
                .line(words.get("report.run.effect"), run.effect());
        PrintedWorkbook.Table table = workbook.table(words.get("report.sheet.steps"), List.of("#",
                words.get("report.run.step"), words.get("report.run.answer"), words.get("report.run.note"),
                words.get("report.run.technician"), words.get("report.run.when")), List.of(5, 44, 30, 24, 16, 16));
        for (StepLine step : steps) {
            table.row(step.number(), step.step(), step.answer(), step.note(), step.technician(), step.recorded());
        }
        table.nothing(words.get("report.run.noSteps"));
        table.finish();
    }
}
