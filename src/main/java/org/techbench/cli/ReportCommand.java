package org.techbench.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.techbench.service.Progress;
import org.techbench.service.RefusedException;
import org.techbench.service.Workbench;
import org.techbench.service.maintenance.ChecklistFormService;
import org.techbench.service.report.ReportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code techbench report maintenance|faults|quality|procedure-run|inventory|checklist-form}: the printed Excel reports from the command line. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Excel reports: maintenance, faults and SLA, service quality, a procedure run's record, the inventory register, "
                + "blank checklist forms.",
        subcommands = {ReportCommand.Maintenance.class, ReportCommand.Faults.class, ReportCommand.Quality.class, ReportCommand.ProcedureRun.class,
            ReportCommand.Inventory.class, ReportCommand.ChecklistFormCommand.class})
public final class ReportCommand {

    private static Workbench open(GlobalOptions global) {
        return Workbench.open(global.folder(), Clock.systemDefaultZone(), System.getProperty("user.name"));
    }

    /** A report over a site and period, as {@link ReportService} makes one: returns how many things it lists. */
    @FunctionalInterface
    interface PeriodReport {
        long make(ReportService reports, UUID siteId, LocalDate from, LocalDate to, Locale language, Path out,
                  Progress progress);
    }

    /** Makes a period's report with progress on standard error, then says what it wrote. */
    private static int periodReport(Common common, Period period, CommandSpec spec, String counted, PeriodReport report) {
        try (Workbench workbench = open(common.global)) {
            long made = report.make(workbench.reports(), period.siteId(workbench), period.from, period.to, common.locale(),
                    common.out, new PrintedProgress(spec.commandLine().getErr()));
            spec.commandLine().getOut().printf("Wrote %s: %,d %s from %s to %s.%n", common.out, made, counted, period.from,
                    period.to);
        }
        return 0;
    }

    /** Options every report takes. */
    static final class Common {
        @Mixin
        GlobalOptions global = new GlobalOptions();

        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Where to write the report.")
        Path out;

        @Option(names = "--lang", defaultValue = "en", paramLabel = "en|zh", description = "Its language (default ${DEFAULT-VALUE}).")
        String language;

        Locale locale() {
            return Locale.forLanguageTag(language.equals("zh") ? "zh-CN" : language);
        }
    }

    /** The site (or every site) and the period a report covers. */
    static final class Period {
        @Option(names = "--site", paramLabel = "CODE", description = "Only this site (default: every site).")
        String site;

        @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "The period's first day.")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "The period's last day.")
        LocalDate to;

        UUID siteId(Workbench workbench) {
            return site == null ? null : Lookups.siteId(workbench, site);
        }
    }

    /** A site's maintenance in a period: the inspections, the findings, what is overdue. */
    @Command(name = "maintenance", mixinStandardHelpOptions = true, description = "Maintenance report for a site and period.")
    static final class Maintenance implements Callable<Integer> {

        @Mixin
        Common common = new Common();

        @Mixin
        Period period = new Period();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return periodReport(common, period, spec, "results", ReportService::maintenance);
        }
    }

    /** Every fault of a period with its times against the SLA targets. */
    @Command(name = "faults", mixinStandardHelpOptions = true, description = "Fault and SLA report for a period.")
    static final class Faults implements Callable<Integer> {

        @Mixin
        Common common = new Common();

        @Mixin
        Period period = new Period();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return periodReport(common, period, spec, "faults", ReportService::faults);
        }
    }

    /** The service-quality figures of a period, with charts. */
    @Command(name = "quality", mixinStandardHelpOptions = true,
            description = "Service-quality report: response, resolution, first-time fix, SLA, satisfaction, process.")
    static final class Quality implements Callable<Integer> {

        @Mixin
        Common common = new Common();

        @Mixin
        Period period = new Period();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return periodReport(common, period, spec, "faults", ReportService::quality);
        }
    }

    /** One finished run with every step. */
    @Command(name = "procedure-run", mixinStandardHelpOptions = true, description = "A procedure run's record.")
    static final class ProcedureRun implements Callable<Integer> {

        @Mixin
        Common common = new Common();

        @Option(names = "--run", required = true, paramLabel = "ID", description = "The run's id.")
        String run;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            UUID id;
            try {
                id = UUID.fromString(run.strip());
            } catch (IllegalArgumentException e) {
                throw new RefusedException("\"" + run + "\" is not a run's id.");
            }
            try (Workbench workbench = open(common.global)) {
                workbench.reports().procedureRun(id, common.locale(), common.out);
                spec.commandLine().getOut().printf("Wrote %s.%n", common.out);
            }
            return 0;
        }
    }

    /** The assets with their parts and software. */
    @Command(name = "inventory", mixinStandardHelpOptions = true, description = "Inventory register: assets, parts, software.")
    static final class Inventory implements Callable<Integer> {

        @Mixin
        Common common = new Common();

        @Option(names = "--site", paramLabel = "CODE", description = "Only this site (default: every site).")
        String site;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Workbench workbench = open(common.global)) {
                UUID siteId = site == null ? null : Lookups.siteId(workbench, site);
                int assets = workbench.reports().inventory(siteId, common.locale(), common.out, new PrintedProgress(spec.commandLine().getErr()));
                spec.commandLine().getOut().printf("Wrote %s: %,d assets.%n", common.out, assets);
            }
            return 0;
        }
    }

    /** Blank checklist forms to fill in on paper or in Excel, and import with {@code inspection import}. */
    @Command(name = "checklist-form", mixinStandardHelpOptions = true,
            description = "Blank checklist forms: for an asset, for what a site has due, or for one checklist.")
    static final class ChecklistFormCommand implements Callable<Integer> {

        @Mixin
        Common common = new Common();

        @Option(names = "--template", paramLabel = "CODE", description = "Only this checklist (its code).")
        String template;

        @Option(names = "--asset", paramLabel = "TAG", description = "Forms for this asset.")
        String asset;

        @Option(names = "--site", paramLabel = "CODE", description = "Forms for what this site has due (with --to).")
        String site;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Due by this day (default: today).")
        LocalDate to;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Workbench workbench = open(common.global)) {
                UUID siteId = site == null ? null : Lookups.siteId(workbench, site);
                UUID assetId = asset == null ? null : Lookups.assetId(workbench, asset, siteId);
                int forms = workbench.checklistForms().print(new ChecklistFormService.FormRequest(template, assetId,
                        assetId == null ? siteId : null, to), common.locale(), common.out);
                spec.commandLine().getOut().printf("Wrote %s: %,d forms.%n", common.out, forms);
            }
            return 0;
        }
    }
}
