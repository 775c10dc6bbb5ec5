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
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code techbench inspection list}: finished inspections, newest first. */
@Command(name = "inspection", mixinStandardHelpOptions = true, description = "Finished inspections.",
        subcommands = InspectionCommand.ListInspections.class)
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
}
