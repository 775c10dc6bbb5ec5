package org.techbench.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.techbench.domain.maintenance.Inspection;
import org.techbench.domain.maintenance.InspectionRecord;
import org.techbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.techbench.service.maintenance.FormImport;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code techbench inspection list|import}: finished inspections, and filled-in checklist forms brought in. */
@Command(name = "inspection", mixinStandardHelpOptions = true, description = "Finished inspections.",
        subcommands = {InspectionCommand.ListInspections.class, InspectionCommand.ImportForms.class})
public final class InspectionCommand {

    /** Finished inspections of an asset or a site, newest first. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List finished inspections, newest first.")
    static final class ListInspections implements Callable<Integer> {

        @Mixin
        GlobalOptions global = new GlobalOptions();

        @Option(names = "--asset", paramLabel = "TAG", description = "Only this asset (its tag).")
        String asset;

        @Option(names = "--site", paramLabel = "S", description = "Only this site (its code).")
        String site;

        @Option(names = "--limit", defaultValue = "50", description = "At most this many (default ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (limit < 1) {
                throw new IllegalArgumentException("--limit must be 1 or more");
            }
            PrintWriter out = spec.commandLine().getOut();
            try (Workbench workbench = Workbench.open(global.folder(), Clock.systemDefaultZone(), System.getProperty("user.name"))) {
                UUID siteId = site == null ? null : Lookups.siteId(workbench, site);
                UUID assetId = null;
                if (asset != null) {
                    assetId = Lookups.assetId(workbench, asset, siteId);
                }
                List<Inspection> found = workbench.maintenance().finished(assetId, siteId, limit);
                format.print(List.of("finished", "tag", "checklist", "version", "outcome", "failed", "technician", "customer"),
                        found.stream().map(i -> row(workbench.maintenance().record(i.id()))).toList(), out);
                return 0;
            }
        }

        private static List<String> row(InspectionRecord record) {
            Inspection i = record.inspection();
            long failed = record.answers().values().stream()
                    .filter(a -> a.outcome() == org.techbench.domain.maintenance.CheckOutcome.FAIL).count();
            return List.of(i.finishedAt().toLocalDateTime().withNano(0).toString(), record.assetTag(),
                    record.template().name().in(Locale.ENGLISH), Integer.toString(i.templateVersion()), i.outcome().name(),
                    Long.toString(failed), record.technicianName(), i.customerName() == null ? "" : i.customerName());
        }
    }

    /** Filled-in checklist forms turned into finished inspections, after a look at what they hold. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import filled-in checklist forms (.xlsx). Lists what it would import and every problem; "
                    + "imports only with --accept and only when there is no problem.")
    static final class ImportForms implements Callable<Integer> {

        @Mixin
        GlobalOptions global = new GlobalOptions();

        @Parameters(paramLabel = "FILE.xlsx", description = "The filled-in forms.")
        java.nio.file.Path file;

        @Option(names = "--accept", description = "Import, when the file has no problem.")
        boolean accept;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (Workbench workbench = Workbench.open(global.folder(), Clock.systemDefaultZone(), System.getProperty("user.name"))) {
                FormImport read = workbench.checklistForms().read(file);
                for (FormImport.Ready form : read.ready()) {
                    out.printf("%s: %s, %s, %d answers, %d failed%n", form.sheet(), form.tag(), form.checklist(),
                            form.results().size(), form.failed());
                }
                read.notices().forEach(n -> out.printf("%s: %s%n", n.sheet(), n.message()));
                read.problems().forEach(p -> err.printf("%s%s: %s%n", p.sheet(), p.row() > 0 ? ", row " + p.row() : "",
                        p.message()));
                if (!read.problems().isEmpty()) {
                    err.printf("%d problems: nothing was imported. Correct the file and run the command again.%n",
                            read.problems().size());
                    return 1;
                }
                if (read.ready().isEmpty()) {
                    out.println("Nothing to import.");
                    return 0;
                }
                if (!accept) {
                    out.printf("%d inspections can be imported: run again with --accept to import them.%n", read.ready().size());
                    return 0;
                }
                out.printf("Imported %d inspections.%n", workbench.checklistForms().accept(read));
                return 0;
            }
        }
    }
}
