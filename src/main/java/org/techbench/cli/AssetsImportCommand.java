package org.techbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.techbench.service.RefusedException;
import org.techbench.service.Workbench;
import org.techbench.service.asset.AssetField;
import org.techbench.service.asset.DateOrder;
import org.techbench.service.asset.ImportMapping;
import org.techbench.service.asset.ImportNotice;
import org.techbench.service.asset.ImportOptions;
import org.techbench.service.asset.ImportPlan;
import org.techbench.service.asset.ImportPreset;
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

    @Option(names = "--map", paramLabel = "'HEADER=FIELD'",
            description = "Read a column as one of our fields (Tag, Name, Kind, Site, Serial, ...), or as 'ignore'. Repeatable.")
    List<String> maps = new ArrayList<>();

    @Option(names = "--preset", paramLabel = "snipe-it|glpi",
            description = "Read the file as that tool's export (chosen by itself when the headers match).")
    String preset;

    @Option(names = "--site", paramLabel = "CODE", description = "The site of rows that name none.")
    String site;

    @Option(names = "--create-sites", description = "Create the sites whose codes the store does not know.")
    boolean createSites;

    @Option(names = "--strict", description = "Refuse kinds and statuses that map to none of ours (default: Other, In service).")
    boolean strict;

    @Option(names = "--date-order", paramLabel = "dmy|mdy",
            description = "Day or month first in dates like 03/04/24 (default: told by the file's other dates).")
    String dateOrder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportMapping mapping = mapping();
        try (Workbench workbench = Workbench.open(global.folder(), Clock.systemDefaultZone(), System.getProperty("user.name"))) {
            ImportPlan plan = workbench.assetImport().plan(file, new ImportOptions(!skipExisting, !validOnly, mapping),
                    new PrintedProgress(err));
            ProblemText text = new ProblemText();
            for (ImportNotice notice : plan.notices()) {
                out.println(text.describe(notice));
            }
            for (ImportProblem problem : plan.problems()) {
                out.println(text.describe(problem));
            }
            if (plan.outcome().problems() > plan.problems().size()) {
                out.printf("... and %d more problems (the first %d are listed).%n",
                        plan.outcome().problems() - plan.problems().size(), plan.problems().size());
            }
            out.printf("%s (%s%s): %d rows; %d new assets, %d updated, %d unchanged, %d skipped; %d components, "
                            + "%d software; %d problems%n",
                    plan.fileName(), plan.format(), plan.encoding().isEmpty() ? "" : ", " + plan.encoding(),
                    plan.rowsRead(), plan.outcome().created(), plan.outcome().updated(), plan.outcome().unchanged(),
                    plan.outcome().skipped(), plan.outcome().components(), plan.outcome().software(), plan.outcome().problems());
            if (dryRun) {
                out.println("Dry run: nothing was written.");
                out.flush();
                return plan.outcome().problems() == 0 ? 0 : 1;
            }
            if (!plan.applicable()) {
                out.flush();
                err.println("techbench: nothing was imported because of the problems above; fix them, or run with "
                        + "--valid-only to import the valid rows.");
                err.flush();
                return 1;
            }
            ImportResult result = workbench.assetImport().apply(plan, new PrintedProgress(err));
            out.printf("Imported: %d new assets, %d updated, %d components, %d software%s.%n", result.created(),
                    result.updated(), result.components(), result.software(),
                    plan.newSites().isEmpty() ? "" : "; " + plan.newSites().size() + " new sites");
            out.flush();
            return 0;
        }
    }

    /** The options that say how to read another tool's file, each checked before the file is read. */
    private ImportMapping mapping() {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String map : maps) {
            int equals = map.lastIndexOf('=');
            if (equals <= 0) {
                throw new RefusedException("--map takes 'HEADER=FIELD', for example --map 'Asset Tag=Tag' (not " + map + ").");
            }
            String header = map.substring(0, equals).strip();
            String field = map.substring(equals + 1).strip();
            if (field.equalsIgnoreCase("ignore")) {
                field = "";
            } else if (AssetField.byHeader(field).isEmpty()) {
                throw new RefusedException("--map " + map + ": " + field + " is not a field; use one of "
                        + String.join(", ", Arrays.stream(AssetField.values()).map(AssetField::header).toList()) + ", or ignore.");
            }
            if (columns.put(header, field) != null) {
                throw new RefusedException("--map names the column " + header + " twice.");
            }
        }
        ImportPreset chosen = null;
        if (preset != null) {
            chosen = ImportPreset.named(preset).orElseThrow(() -> new RefusedException(
                    "--preset " + preset + " is not a preset; use snipe-it or glpi."));
        }
        DateOrder order = null;
        if (dateOrder != null) {
            order = DateOrder.named(dateOrder).orElseThrow(() -> new RefusedException(
                    "--date-order " + dateOrder + " is not an order; use dmy (31/03/24) or mdy (03/31/24)."));
        }
        return new ImportMapping(columns, chosen, site, createSites, strict, order);
    }
}
