package org.techbench.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.techbench.domain.maintenance.DueCheck;
import org.techbench.service.RefusedException;
import org.techbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code techbench maintenance due}: the checklists due on the assets in service. */
@Command(name = "maintenance", mixinStandardHelpOptions = true, description = "What periodic checks are due.",
        subcommands = MaintenanceCommand.Due.class)
public final class MaintenanceCommand {

    /** The checklists due by a day, by site and asset. */
    @Command(name = "due", mixinStandardHelpOptions = true,
            description = "List the checklists due within DAYS (0: overdue or due today), by site and asset.")
    static final class Due implements Callable<Integer> {

        @Mixin
        GlobalOptions global = new GlobalOptions();

        @Option(names = "--site", paramLabel = "S", description = "Only this site (its code).")
        String site;

        @Option(names = "--within", paramLabel = "DAYS", defaultValue = "7", description = "Days ahead (default ${DEFAULT-VALUE}).")
        int within;

        @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (within < 0) {
                throw new IllegalArgumentException("--within must be 0 or more days");
            }
            PrintWriter out = spec.commandLine().getOut();
            try (Workbench workbench = Workbench.open(global.folder(), Clock.systemDefaultZone(), System.getProperty("user.name"))) {
                workbench.maintenance().seedBuiltIns();
                UUID siteId = site == null ? null : Lookups.siteId(workbench, site);
                LocalDate today = LocalDate.now();
                List<DueCheck> due = workbench.maintenance().due(siteId, null, today.plusDays(within));
                format.print(List.of("due", "days_late", "site", "tag", "asset", "checklist", "checks"),
                        due.stream().map(d -> List.of(d.earliestDue().toString(), Long.toString(Math.max(0, d.daysOverdue(today))),
                                d.siteCode(), d.tag(), d.assetName(), d.templateName().in(Locale.ENGLISH),
                                Integer.toString(d.items().size()))).toList(), out);
                return 0;
            }
        }
    }
}
