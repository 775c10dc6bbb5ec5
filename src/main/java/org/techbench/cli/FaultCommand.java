package org.techbench.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.fault.Impact;
import org.techbench.domain.fault.Priority;
import org.techbench.domain.fault.SlaState;
import org.techbench.domain.fault.Urgency;
import org.techbench.service.RefusedException;
import org.techbench.service.Workbench;
import org.techbench.service.fault.FaultDetail;
import org.techbench.service.fault.FaultFilter;
import org.techbench.service.fault.FaultReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code techbench fault list|show|report}: faults from the command line, for scripts and quick looks. */
@Command(name = "fault", mixinStandardHelpOptions = true, description = "Faults: list, show one, report one.",
        subcommands = {FaultCommand.ListFaults.class, FaultCommand.Show.class, FaultCommand.Report.class})
public final class FaultCommand {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static Workbench open(GlobalOptions global) {
        return Workbench.open(global.folder(), Clock.systemDefaultZone(), System.getProperty("user.name"));
    }

    /** Faults by status, priority and site, most urgent first, with their SLA standing. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List faults, most urgent and newest first.")
    static final class ListFaults implements Callable<Integer> {

        @Mixin
        GlobalOptions global = new GlobalOptions();

        @Option(names = "--status", split = ",", paramLabel = "S",
                description = "Only these statuses, e.g. REPORTED,IN_PROGRESS (default: the open ones).")
        Set<FaultStatus> statuses;

        @Option(names = "--priority", split = ",", paramLabel = "P", description = "Only these priorities, e.g. P1,P2.")
        Set<Priority> priorities = Set.of();

        @Option(names = "--site", paramLabel = "S", description = "Only this site (its code).")
        String site;

        @Option(names = "--limit", defaultValue = "100", description = "At most this many (default ${DEFAULT-VALUE}).")
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
            try (Workbench workbench = open(global)) {
                UUID siteId = site == null ? null : Lookups.siteId(workbench, site);
                Set<FaultStatus> wanted = statuses == null ? FaultFilter.open(limit).statuses() : statuses;
                List<Fault> faults = workbench.faults().list(new FaultFilter(wanted, priorities, null, siteId, null, limit));
                Map<UUID, SlaState> sla = workbench.faults().sla(faults);
                format.print(List.of("number", "priority", "status", "category", "reported", "sla", "symptom"),
                        faults.stream().map(f -> List.of(f.number(), f.priority().name(), f.status().name(),
                                f.subcategory().name(), f.reportedAt().format(MINUTES), sla.get(f.id()).standing().name(),
                                f.symptom())).toList(), spec.commandLine().getOut());
                return 0;
            }
        }
    }

    /** One fault: its report, summary, SLA clocks and journal. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one fault with its journal.")
    static final class Show implements Callable<Integer> {

        @Mixin
        GlobalOptions global = new GlobalOptions();

        @Parameters(paramLabel = "NUMBER", description = "The fault's number, e.g. F-20261204-3FA2C1.")
        String number;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Workbench workbench = open(global)) {
                Fault found = workbench.faults().byNumber(number)
                        .orElseThrow(() -> new RefusedException("No fault with the number " + number + "."));
                FaultDetail detail = workbench.faults().detail(found.id());
                Fault f = detail.fault();
                out.printf("%s  %s  %s  %s / %s%n", f.number(), f.priority(), f.status(), f.category(), f.subcategory());
                out.printf("Site %s%s; reported %s by %s%s%n", detail.siteCode(),
                        detail.assetTag() == null ? "" : ", asset " + detail.assetTag(), f.reportedAt().format(MINUTES),
                        f.reporterName(), f.reporterContact() == null ? "" : " (" + f.reporterContact() + ")");
                out.printf("Symptom: %s%n", f.symptom());
                if (f.businessImpact() != null) {
                    out.printf("Business impact: %s%n", f.businessImpact());
                }
                if (f.usersAffected() != null) {
                    out.printf("Users affected: %d%n", f.usersAffected());
                }
                out.printf("Assigned to: %s%n", detail.assigneeName() == null ? "nobody yet" : detail.assigneeName());
                out.printf("SLA: %s; response due %s, resolution due %s (on hold %d min: customer %d, vendor %d)%n",
                        detail.sla().standing(), detail.sla().responseDue(), detail.sla().resolutionDue(),
                        detail.sla().paused().toMinutes(), detail.sla().waitedOnCustomer().toMinutes(),
                        detail.sla().waitedOnVendor().toMinutes());
                if (f.rootCause() != null) {
                    out.printf("Root cause: %s%nDone: %s%nLessons: %s%nPrevention: %s%n", f.rootCause(), f.resolution(),
                            f.lessons(), f.prevention());
                }
                if (f.satisfaction() != null || f.satisfactionComment() != null) {
                    out.printf("Satisfaction: %s %s%n", f.satisfaction() == null ? "not rated" : f.satisfaction() + "/5",
                            f.satisfactionComment() == null ? "" : f.satisfactionComment());
                }
                out.println("Journal:");
                detail.journal().forEach(e -> out.printf("  %s  %-13s %s%n", e.happenedAt().format(MINUTES), e.kind(),
                        e.body()));
                return 0;
            }
        }
    }

    /** Records a reported fault: for scripted intake from a mail or a monitoring alert. */
    @Command(name = "report", mixinStandardHelpOptions = true, description = "Report a fault; prints its number.")
    static final class Report implements Callable<Integer> {

        @Mixin
        GlobalOptions global = new GlobalOptions();

        @Option(names = "--asset", paramLabel = "TAG", description = "The asset at fault (its tag).")
        String asset;

        @Option(names = "--site", paramLabel = "S", description = "The site (its code); needed without --asset.")
        String site;

        @Option(names = "--category", required = true, paramLabel = "C",
                description = "The subcategory, e.g. POWER, COOLING, LINE (its category follows).")
        FaultSubcategory subcategory;

        @Option(names = "--symptom", required = true, description = "What the user sees or cannot do.")
        String symptom;

        @Option(names = "--reporter", required = true, description = "Who reported it.")
        String reporter;

        @Option(names = "--contact", description = "How to reach the reporter.")
        String contact;

        @Option(names = "--impact", defaultValue = "MEDIUM", description = "HIGH, MEDIUM or LOW (default ${DEFAULT-VALUE}).")
        Impact impact;

        @Option(names = "--urgency", defaultValue = "MEDIUM", description = "HIGH, MEDIUM or LOW (default ${DEFAULT-VALUE}).")
        Urgency urgency;

        @Option(names = "--business-impact", description = "What the fault stops the business doing.")
        String businessImpact;

        @Option(names = "--priority", description = "P1 to P4, over what impact and urgency give; needs --reason.")
        Priority priority;

        @Option(names = "--reason", description = "Why the priority differs from the matrix.")
        String reason;

        @Option(names = "--users-affected", paramLabel = "N", description = "How many users the fault keeps from working.")
        Integer usersAffected;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Workbench workbench = open(global)) {
                UUID siteId = site == null ? null : Lookups.siteId(workbench, site);
                UUID assetId = asset == null ? null : Lookups.assetId(workbench, asset, siteId);
                Fault fault = workbench.faults().report(new FaultReport(siteId, assetId, subcategory, symptom, null, null,
                        reporter, contact, businessImpact, impact, urgency, priority, reason, usersAffected));
                spec.commandLine().getOut().println(fault.number());
                return 0;
            }
        }
    }
}
