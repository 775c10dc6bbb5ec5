package org.techbench.service.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.InstalledSoftware;
import java.time.YearMonth;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultEvent;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.fault.StatusChange;
import org.techbench.domain.fault.SlaState;
import org.techbench.domain.site.Site;
import org.techbench.i18n.Texts;
import org.techbench.report.print.PrintedWorkbook;
import org.techbench.report.print.ReportHeading;
import org.techbench.report.print.ReportRefused;
import org.techbench.report.sheets.FaultLine;
import org.techbench.report.sheets.FaultReportSheets;
import org.techbench.report.sheets.InventorySheets;
import org.techbench.report.sheets.MaintenanceReportSheets;
import org.techbench.report.sheets.QualityLine;
import org.techbench.report.sheets.QualityReportSheets;
import org.techbench.report.sheets.RunRecordSheets;
import org.techbench.service.CancelledException;
import org.techbench.service.Progress;
import org.techbench.service.RefusedException;
import org.techbench.service.asset.AssetService;
import org.techbench.service.fault.FaultService;
import org.techbench.service.maintenance.MaintenanceService;
import org.techbench.service.procedure.AnswerWords;
import org.techbench.service.procedure.EffectWords;
import org.techbench.service.procedure.ProcedureService;
import org.techbench.service.procedure.RecordedStep;
import org.techbench.service.procedure.RunRecord;
import org.techbench.store.AssetRepository;
import org.techbench.store.FaultRepository;
import org.techbench.store.MaintenanceRepository;
import org.techbench.store.TechnicianRepository;
import org.techbench.store.SiteRepository;

/**
 * The printed Excel reports: gathers what each report shows from the store and has the report
 * package write it, in the language asked for; the file appears only whole, and long reports
 * show progress and can be cancelled.
 */
public final class ReportService {

    private static final int CHUNK = 1_000;

    private final FaultRepository faultRows;
    private final MaintenanceRepository maintenanceRows;
    private final MaintenanceService maintenance;
    private final TechnicianRepository technicians;
    private final FaultService faults;
    private final SiteRepository sites;
    private final AssetRepository assetRows;
    private final AssetService assets;
    private final ProcedureService procedures;
    private final Clock clock;
    private final Supplier<Texts> refusals;

    public ReportService(FaultRepository faultRows, FaultService faults, SiteRepository sites, AssetRepository assetRows,
                         AssetService assets, ProcedureService procedures, MaintenanceRepository maintenanceRows,
                         MaintenanceService maintenance, TechnicianRepository technicians, Clock clock,
                         Supplier<Texts> refusals) {
        this.faultRows = faultRows;
        this.maintenanceRows = maintenanceRows;
        this.maintenance = maintenance;
        this.technicians = technicians;
        this.faults = faults;
        this.sites = sites;
        this.assetRows = assetRows;
        this.assets = assets;
        this.procedures = procedures;
        this.clock = clock;
        this.refusals = refusals;
    }

    /** The fault and SLA report: every fault reported from {@code from} to {@code to} (inclusive), of one site or all. */
    public int faults(UUID siteId, LocalDate from, LocalDate to, Locale language, Path out, Progress progress) {
        Span span = span(from, to);
        Texts words = Texts.reports(language);
        List<Fault> listed = faultRows.reportedBetween(siteId, span.start(), span.end());
        progress.report("faults", 0, listed.size());
        Map<UUID, SlaState> sla = faults.sla(listed);
        Map<UUID, String> codes = siteCodes();
        Map<UUID, String> tags = new HashMap<>();
        assetRows.findAll(listed.stream().map(Fault::assetId).filter(java.util.Objects::nonNull).distinct().toList())
                .forEach(a -> tags.put(a.id(), a.tag()));
        List<FaultLine> lines = listed.stream().map(f -> line(f, sla.get(f.id()), codes, tags, words)).toList();
        try (PrintedWorkbook workbook = new PrintedWorkbook(heading(words, "report.title.faults", siteId,
                period(from, to)))) {
            FaultReportSheets.write(workbook, lines);
            cancelled(progress);
            write(workbook, out);
        }
        progress.report("faults", listed.size(), listed.size());
        return lines.size();
    }

    /**
     * The service-quality report of the faults reported from {@code from} to {@code to} (inclusive),
     * of one site or all: the figures of service manual ch.10 overall, by priority, month,
     * technician and category, with charts. Returns how many faults it counts.
     */
    public int quality(UUID siteId, LocalDate from, LocalDate to, Locale language, Path out, Progress progress) {
        Span span = span(from, to);
        OffsetDateTime start = span.start();
        OffsetDateTime end = span.end();
        Texts words = Texts.reports(language);
        List<Fault> listed = faultRows.reportedBetween(siteId, start, end);
        progress.report("faults", 0, listed.size());
        Map<UUID, List<FaultEvent>> changes = faultRows.statusChangesOfReported(siteId, start, end);
        cancelled(progress);
        Map<UUID, SlaState> sla = faults.sla(listed, changes);
        List<QualityMeasures.Counted> counted = listed.stream().map(f -> new QualityMeasures.Counted(f, sla.get(f.id()),
                (int) changes.getOrDefault(f.id(), List.of()).stream()
                        .filter(e -> StatusChange.target(e).filter(s -> s == FaultStatus.RESOLVED).isPresent()).count()))
                .toList();
        Map<UUID, String> names = new HashMap<>();
        technicians.all().forEach(t -> names.put(t.id(), t.name()));
        String unassigned = words.get("report.quality.unassigned");
        Map<String, String> categories = new HashMap<>();
        QualityReportSheets.Groups groups = new QualityReportSheets.Groups(QualityMeasures.of("", counted),
                grouped(counted, c -> c.fault().priority().name()),
                grouped(counted, c -> YearMonth.from(c.fault().reportedAt().atZoneSameInstant(clock.getZone())).toString()),
                grouped(counted, c -> names.getOrDefault(c.fault().assigneeId(), unassigned)),
                grouped(counted, c -> categories.computeIfAbsent(c.fault().category().name(),
                        name -> words.get("report.faultCategory." + name))));
        cancelled(progress);
        try (PrintedWorkbook workbook = new PrintedWorkbook(heading(words, "report.title.quality", siteId,
                period(from, to)))) {
            QualityReportSheets.write(workbook, groups);
            write(workbook, out);
        }
        progress.report("faults", listed.size(), listed.size());
        return groups.all() == null ? 0 : (int) groups.all().faults();
    }

    /** The figures of each group, in the groups' order (months in time, names alphabetically). */
    private static List<QualityLine> grouped(List<QualityMeasures.Counted> counted,
                                             java.util.function.Function<QualityMeasures.Counted, String> key) {
        Map<String, List<QualityMeasures.Counted>> groups = new java.util.TreeMap<>();
        counted.forEach(c -> groups.computeIfAbsent(key.apply(c), k -> new java.util.ArrayList<>()).add(c));
        return groups.entrySet().stream().map(e -> QualityMeasures.of(e.getKey(), e.getValue())).toList();
    }

    private static FaultLine line(Fault f, SlaState sla, Map<UUID, String> codes, Map<UUID, String> tags, Texts words) {
        OffsetDateTime reported = f.reportedAt();
        Duration paused = sla.paused();
        Duration response = f.respondedAt() == null ? null : Duration.between(reported, f.respondedAt());
        Duration responseTarget = Duration.between(reported.toInstant(), sla.responseDue());
        Duration resolution = f.resolvedAt() == null ? null : Duration.between(reported, f.resolvedAt()).minus(paused);
        Duration resolutionTarget = Duration.between(reported.toInstant(), sla.resolutionDue()).minus(paused);
        return new FaultLine(f.number(), codes.getOrDefault(f.siteId(), ""), tags.get(f.assetId()),
                words.get("report.faultCategory." + f.category().name()),
                words.get("report.faultSubcategory." + f.subcategory().name()), f.priority().name(),
                words.get("report.status." + f.status().name()), f.symptom(), reported, f.respondedAt(), f.resolvedAt(),
                f.closedAt(), response, responseTarget, f.respondedAt() == null ? null
                        : !f.respondedAt().toInstant().isAfter(sla.responseDue()),
                resolution, resolutionTarget, f.resolvedAt() == null ? null
                        : !f.resolvedAt().toInstant().isAfter(sla.resolutionDue()),
                paused.isZero() ? null : paused, f.rootCause(), f.resolution(), f.satisfaction(), f.satisfactionComment());
    }

    /**
     * The maintenance report of one site (or all) for a period: the summary, every result of the
     * inspections finished in it, the findings with their follow-up faults, and what is overdue at
     * its end. Returns how many results it lists.
     */
    public long maintenance(UUID siteId, LocalDate from, LocalDate to, Locale language, Path out, Progress progress) {
        Span span = span(from, to);
        OffsetDateTime start = span.start();
        OffsetDateTime end = span.end();
        Texts words = Texts.reports(language);
        Map<UUID, String> names = new HashMap<>();
        technicians.all().forEach(t -> names.put(t.id(), t.name()));
        Map<UUID, String> checklists = new HashMap<>();
        List<Fault> resolved = faultRows.resolvedBetween(siteId, start, end);
        Map<UUID, SlaState> sla = faults.sla(resolved);
        List<Boolean> met = resolved.stream().map(f -> !f.resolvedAt().toInstant().isAfter(sla.get(f.id()).resolutionDue()))
                .toList();
        MaintenanceReportSheets.Facts facts = new MaintenanceReportSheets.Facts(contractOn(siteId, to),
                faultRows.reportedBetween(siteId, start, end).size(), resolved.size(),
                met.isEmpty() ? null : met.stream().filter(Boolean::booleanValue).count() / (double) met.size());
        List<MaintenanceReportSheets.OverdueLine> overdue = maintenance.due(siteId, java.util.Set.of(), to).stream()
                .filter(d -> !d.earliestDue().isAfter(to))
                .map(d -> new MaintenanceReportSheets.OverdueLine(d.tag(), d.assetName(), d.templateName().in(language),
                        d.earliestDue(), d.daysOverdue(to), d.items().size())).toList();
        long[] done = new long[1];
        // A word per part, outcome and status, looked up once rather than once per result.
        Map<String, String> said = new HashMap<>();
        java.util.function.Function<String, String> word = key -> said.computeIfAbsent(key, words::get);
        try (PrintedWorkbook workbook = new PrintedWorkbook(heading(words, "report.title.maintenance", siteId,
                period(from, to)))) {
            long written = MaintenanceReportSheets.write(workbook, each -> maintenanceRows.resultsBetween(siteId, start, end,
                    r -> {
                        if (++done[0] % 5_000 == 0) {
                            cancelled(progress);
                            progress.report("results", done[0], 0);
                        }
                        each.accept(new MaintenanceReportSheets.ResultLine(r.finishedAt(), r.assetTag(), r.assetName(),
                                checklists.computeIfAbsent(r.templateId(), id -> maintenanceRows.template(id)
                                        .map(t -> t.name().in(language)).orElse("")),
                                language.getLanguage().equals("zh") && r.checkZh() != null ? r.checkZh() : r.checkEn(),
                                word.apply("report.part." + r.component()), word.apply("report.outcome." + r.outcome()),
                                "FAIL".equals(r.outcome()),
                                r.reading() == null ? null : r.reading().stripTrailingZeros(), r.unit(), limits(r), r.text(), r.note(),
                                names.get(r.technicianId()), r.faultNumber(),
                                r.faultStatus() == null ? null : word.apply("report.status." + r.faultStatus())));
                    }), overdue, facts);
            cancelled(progress);
            write(workbook, out);
            return written;
        }
    }

    private static String limits(org.techbench.store.MaintenanceRepository.ResultLine r) {
        if (r.lower() == null && r.upper() == null) {
            return null;
        }
        return (r.lower() == null ? "" : r.lower().stripTrailingZeros().toPlainString()) + "–"
                + (r.upper() == null ? "" : r.upper().stripTrailingZeros().toPlainString())
                + (r.unit() == null ? "" : " " + r.unit());
    }

    /** The contract in force at a site on a day, by its number; null for every site or none in force. */
    private String contractOn(UUID siteId, LocalDate day) {
        if (siteId == null) {
            return null;
        }
        return sites.contracts(siteId).stream().filter(c -> !c.startsOn().isAfter(day) && !c.endsOn().isBefore(day))
                .map(c -> c.number() + " (" + c.startsOn() + " – " + c.endsOn() + ")").findFirst().orElse(null);
    }

    /** The record of one procedure run, every step with who, when and what. */
    public void procedureRun(UUID runId, Locale language, Path out) {
        Texts words = Texts.reports(language);
        RunRecord record = procedures.record(runId, language);
        var run = record.listing().run();
        String site = sites.find(run.siteId()).map(Site::name).orElse("");
        RunRecordSheets.RunFacts facts = new RunRecordSheets.RunFacts(record.listing().title().in(language),
                run.procedureCode(), run.procedureVersion(), record.listing().assetTag(), record.listing().faultNumber(),
                record.listing().technician(), run.startedAt(), run.finishedAt(),
                Texts.window(language).get("procedures.status." + run.status().name()),
                record.effect() == null ? null : EffectWords.of(record.effect(), Texts.window(language)));
        Texts window = Texts.window(language);
        List<RunRecordSheets.StepLine> steps = record.steps().stream().map(s -> new RunRecordSheets.StepLine(s.number(),
                s.question(), said(s, window), s.note(), s.technician(), s.recordedAt())).toList();
        try (PrintedWorkbook workbook = new PrintedWorkbook(new ReportHeading(words.get("report.title.run") + " · "
                + facts.procedure(), site, dateTime(run.startedAt(), language), LocalDate.now(clock), words))) {
            RunRecordSheets.write(workbook, facts, steps);
            write(workbook, out);
        }
    }

    /** The answer in words, the whole of a tool's output, and the photo's name when the step took one. */
    private static String said(RecordedStep step, Texts window) {
        String photo = step.files().isEmpty() ? "" : " (" + step.files().getFirst().fileName() + ")";
        boolean output = step.answer() != null && step.answer().contains("\n");
        return (output ? step.answer() : AnswerWords.of(step, window)) + photo;
    }

    /** The inventory register of one site's assets or every site's, with their parts and software. */
    public int inventory(UUID siteId, Locale language, Path out, Progress progress) {
        Texts words = Texts.reports(language);
        List<UUID> ids = assets.match(siteId == null ? AssetFilter.all() : AssetFilter.all().withSite(siteId));
        Map<UUID, String> tags = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        InventorySheets.Source source = new InventorySheets.Source() {
            @Override
            public void assets(Consumer<Asset> each) {
                chunks(ids, progress, chunk -> {
                    Map<UUID, Asset> byId = new HashMap<>();
                    assetRows.findAll(chunk).forEach(a -> byId.put(a.id(), a));
                    chunk.stream().map(byId::get).filter(java.util.Objects::nonNull).forEach(a -> {
                        tags.put(a.id(), a.tag());
                        each.accept(a);
                    });
                });
            }

            @Override
            public void components(Consumer<Component> each) {
                chunks(ids, progress, chunk -> assetRows.componentsOf(chunk).forEach(each));
            }

            @Override
            public void software(Consumer<InstalledSoftware> each) {
                chunks(ids, progress, chunk -> assetRows.softwareOf(chunk).forEach(each));
            }
        };
        try (PrintedWorkbook workbook = new PrintedWorkbook(heading(words, "report.title.inventory", siteId, ""))) {
            InventorySheets.write(workbook, source, siteCodes(), today, tags);
            write(workbook, out);
        }
        return ids.size();
    }

    private static void chunks(List<UUID> ids, Progress progress, Consumer<List<UUID>> work) {
        for (int i = 0; i < ids.size(); i += CHUNK) {
            cancelled(progress);
            work.accept(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
            progress.report("rows", Math.min(ids.size(), i + CHUNK), ids.size());
        }
    }

    private ReportHeading heading(Texts words, String title, UUID siteId, String period) {
        String site = siteId == null ? words.get("report.allSites")
                : sites.find(siteId).map(s -> s.code() + " " + s.name()).orElseThrow(() -> refused("report.noSite"));
        return new ReportHeading(words.get(title), site, period, LocalDate.now(clock), words);
    }

    /** A period's first moment and the moment after its last day, in the laptop's zone. */
    private record Span(OffsetDateTime start, OffsetDateTime end) {
    }

    private Span span(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw refused("report.periodBackwards", from, to);
        }
        ZoneId zone = clock.getZone();
        return new Span(from.atStartOfDay(zone).toOffsetDateTime(), to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }

    private static String period(LocalDate from, LocalDate to) {
        return from + " – " + to;
    }

    private static String dateTime(OffsetDateTime at, Locale language) {
        return at.atZoneSameInstant(ZoneId.systemDefault()).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", language));
    }

    private Map<UUID, String> siteCodes() {
        Map<UUID, String> codes = new HashMap<>();
        sites.everySite().forEach(s -> codes.put(s.id(), s.code()));
        return codes;
    }

    private static void cancelled(Progress progress) {
        if (progress.cancelled()) {
            throw new CancelledException("Report cancelled; no file was written.");
        }
    }

    private void write(PrintedWorkbook workbook, Path out) {
        try {
            workbook.writeTo(out);
        } catch (ReportRefused e) {
            throw new RefusedException(refusals.get(), e.key(), e.arguments());
        }
    }

    private RefusedException refused(String key, Object... arguments) {
        return new RefusedException(refusals.get(), key, arguments);
    }
}
