package org.techbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.techbench.service.Workbench;
import org.techbench.service.asset.ImportOptions;
import org.techbench.service.asset.ImportPlan;
import org.techbench.service.asset.ImportProblem;
import org.techbench.service.asset.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code techbench assets import FILE}: checks a CSV or XLSX file, then imports it in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import assets, components and software from CSV or XLSX.",
                "Every problem is listed (row, column, value, reason). By default a file with problems is refused "
                        + "as a whole; --valid-only imports the valid rows."})
public final class AssetsImportCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global = new GlobalOptions();

    @Parameters(paramLabel = "FILE", description = "A .csv or .xlsx file.")
    Path file;

    @Option(names = "--dry-run", description = "Check the file and report; write nothing.")
    boolean dryRun;

    @Option(names = "--skip-existing", description = "Leave assets whose tag the site already has as they are (default: update them).")
    boolean skipExisting;

    @Option(names = "--valid-only", description = "Import the valid rows even when others have problems.")
    boolean validOnly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Workbench workbench = Workbench.open(global.folder(), Clock.systemDefaultZone(), System.getProperty("user.name"))) {
            ImportPlan plan = workbench.assetImport().plan(file, new ImportOptions(!skipExisting, !validOnly),
                    new PrintedProgress(err));
            ProblemText text = new ProblemText();
            for (ImportProblem problem : plan.problems()) {
                out.println(text.describe(problem));
            }
            out.printf("%s (%s%s): %d rows; %d new assets, %d updated, %d unchanged, %d skipped; %d components, "
                            + "%d software; %d problems%n",
                    plan.fileName(), plan.format(), plan.encoding().isEmpty() ? "" : ", " + plan.encoding(),
                    plan.rowsRead(), plan.creates().size(), plan.updates().size(), plan.unchanged(), plan.skipped(),
                    plan.components().size(), plan.software().size(), plan.problems().size());
            if (dryRun) {
                out.println("Dry run: nothing was written.");
                out.flush();
                return plan.problems().isEmpty() ? 0 : 1;
            }
            if (!plan.applicable()) {
                out.flush();
                err.println("techbench: nothing was imported because of the problems above; fix them, or run with "
                        + "--valid-only to import the valid rows.");
                err.flush();
                return 1;
            }
            ImportResult result = workbench.assetImport().apply(plan, new PrintedProgress(err));
            out.printf("Imported: %d new assets, %d updated, %d components, %d software.%n", result.created(),
                    result.updated(), result.components(), result.software());
            out.flush();
            return 0;
        }
    }
}
