package org.techbench.service.demo;

import com.github.f4b6a3.uuid.factory.standard.TimeOrderedEpochFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.ComponentKind;
import org.techbench.domain.asset.InstalledSoftware;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultCategory;
import org.techbench.domain.fault.FaultEvent;
import org.techbench.domain.fault.FaultEventKind;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.fault.Impact;
import org.techbench.domain.fault.Priority;
import org.techbench.domain.fault.Urgency;
import org.techbench.domain.knowledge.Article;
import org.techbench.domain.maintenance.CheckOutcome;
import org.techbench.domain.maintenance.ChecklistItem;
import org.techbench.domain.maintenance.ChecklistTemplate;
import org.techbench.domain.maintenance.Inspection;
import org.techbench.domain.maintenance.InspectionResult;
import org.techbench.domain.people.Role;
import org.techbench.domain.people.Technician;
import org.techbench.domain.procedure.ProcedureDefinition;
import org.techbench.domain.procedure.ProcedureRun;
import org.techbench.domain.procedure.ProcedureStep;
import org.techbench.domain.procedure.RunStatus;
import org.techbench.domain.procedure.StepOutcome;
import org.techbench.domain.site.Contract;
import org.techbench.domain.site.ServiceTarget;
import org.techbench.domain.site.Site;

/**
 * Makes realistic demo records from a seed: the same options always give the same records, ids
 * included, so that demo stores can be compared and benchmarks repeated.
 */
final class DemoDataGenerator {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final DemoDataOptions options;
    private final Random random;
    private final TimeOrderedEpochFactory ids;
    private final List<ProcedureDefinition> procedures;

    /** {@code procedures}: the library whose troubleshooting runs the demo faults record. */
    DemoDataGenerator(DemoDataOptions options, List<ProcedureDefinition> procedures) {
        this.options = options;
        this.procedures = procedures;
        this.random = new Random(options.seed());
        Clock fixed = Clock.fixed(options.today().atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        this.ids = new TimeOrderedEpochFactory(new Random(options.seed() * 31 + 7), fixed);
    }

    UUID id() {
        return ids.create();
    }

    List<Technician> team() {
        List<Technician> team = new ArrayList<>();
        Role[] roles = {Role.ENGINEER, Role.ENGINEER, Role.ENGINEER, Role.SERVICE_DESK, Role.SUPPORT_MANAGER, Role.CONSULTANT};
        List<EnumSet<FaultCategory>> skills = List.of(EnumSet.of(FaultCategory.HARDWARE),
                EnumSet.of(FaultCategory.SOFTWARE), EnumSet.of(FaultCategory.NETWORK),
                EnumSet.allOf(FaultCategory.class), EnumSet.allOf(FaultCategory.class), EnumSet.of(FaultCategory.SOFTWARE));
        for (int i = 0; i < roles.length; i++) {
            team.add(new Technician(id(), DemoCatalog.PEOPLE.get(i), roles[i], skills.get(i), null, false));
        }
        return team;
    }

    Site site(int index) {
        String name = DemoCatalog.SITE_NAMES.get(index % DemoCatalog.SITE_NAMES.size())
                + (index >= DemoCatalog.SITE_NAMES.size() ? " " + (index / DemoCatalog.SITE_NAMES.size() + 1) : "");
        String person = pick(DemoCatalog.PEOPLE);
        return new Site(id(), "S%03d".formatted(index + 1), name, pick(DemoCatalog.CITIES), ZONE, person,
                "+86 21 %04d %04d".formatted(random.nextInt(10_000), random.nextInt(10_000)),
                "it@site%03d.example.cn".formatted(index + 1), false);
    }

    Contract contract(Site site) {
        LocalDate start = options.today().minusMonths(3 + random.nextInt(9)).withDayOfMonth(1);
        int tier = random.nextInt(3);
        Map<Priority, ServiceTarget> targets = new EnumMap<>(Priority.class);
        int[][] minutes = {{30, 240}, {60, 480}, {240, 1440}, {480, 4320}};
        for (Priority p : Priority.values()) {
            int[] m = minutes[p.ordinal()];
            targets.put(p, new ServiceTarget(Duration.ofMinutes((long) m[0] * (tier + 1)),
                    Duration.ofMinutes((long) m[1] * (tier + 1))));
        }
        return new Contract(id(), site.id(), "C-%s-%d".formatted(site.code(), start.getYear()), start,
                start.plusYears(1).minusDays(1), 3, targets);
    }

    Asset asset(Site site, int number) {
        AssetKind kind = kind();
        String[] makeModel = pick(DemoCatalog.MODELS.get(kind));
        String tag = "%s-%s-%05d".formatted(site.code(), prefix(kind), number);
        LocalDate purchased = options.today().minusDays(30 + random.nextInt(365 * 6));
        LocalDate warrantyEnd = purchased.plusYears(kind == AssetKind.SERVER || kind == AssetKind.STORAGE ? 5 : 3);
        boolean networked = kind != AssetKind.MONITOR;
        int siteNumber = Integer.parseInt(site.code().substring(1));
        String ip = networked ? "10.%d.%d.%d".formatted(siteNumber % 256, number / 250 % 256, number % 250 + 2) : null;
        AssetStatus status = random.nextInt(100) < 92 ? AssetStatus.IN_SERVICE
                : AssetStatus.values()[1 + random.nextInt(AssetStatus.values().length - 1)];
        return new Asset(id(), site.id(), tag, makeModel[0] + " " + makeModel[1], kind, makeModel[0], makeModel[1],
                serial(makeModel[0]), "Floor %d, room %d%02d".formatted(1 + random.nextInt(8), 1 + random.nextInt(8), random.nextInt(40)),
                ip, networked ? tag.toLowerCase() + ".corp.local" : null, status, purchased, warrantyEnd, null, false);
    }

    List<Component> components(Asset asset) {
        List<ComponentKind> kinds = switch (asset.kind()) {
            case SERVER, DESKTOP, LAPTOP, STORAGE -> List.of(ComponentKind.PSU, ComponentKind.FAN, ComponentKind.MEMORY,
                    ComponentKind.DISK, ComponentKind.MOTHERBOARD, ComponentKind.CPU);
            case MONITOR -> List.of(ComponentKind.PSU);
            default -> List.of(ComponentKind.PSU, ComponentKind.FAN, ComponentKind.MOTHERBOARD);
        };
        List<Component> parts = new ArrayList<>(kinds.size());
        for (ComponentKind kind : kinds) {
            String capacity = switch (kind) {
                case MEMORY -> (8 << random.nextInt(4)) + " GB";
                case DISK -> (256 << random.nextInt(5)) + " GB SSD";
                case PSU -> (300 + 50 * random.nextInt(10)) + " W";
                case CPU -> (4 << random.nextInt(3)) + " cores";
                default -> null;
            };
            parts.add(new Component(id(), asset.siteId(), asset.id(), kind, asset.make(), kind.name() + "-" + (100 + random.nextInt(900)),
                    serial(asset.make()), capacity, asset.purchasedOn(), null));
        }
        return parts;
    }

    List<InstalledSoftware> software(Asset asset) {
        List<String[]> catalog = switch (asset.kind()) {
            case SERVER, STORAGE -> DemoCatalog.SERVER_SOFTWARE;
            case DESKTOP, LAPTOP -> DemoCatalog.DESKTOP_SOFTWARE;
            default -> List.of();
        };
        if (catalog.isEmpty()) {
            return List.of(new InstalledSoftware(id(), asset.siteId(), asset.id(), "Firmware", "%d.%d.%d".formatted(
                    1 + random.nextInt(9), random.nextInt(20), random.nextInt(100)), asset.make(), asset.purchasedOn(), null));
        }
        int start = random.nextInt(catalog.size());
        List<InstalledSoftware> installed = new ArrayList<>(10);
        for (int i = 0; i < 10; i++) {
            String[] s = catalog.get((start + i) % catalog.size());
            installed.add(new InstalledSoftware(id(), asset.siteId(), asset.id(), s[0], s[1], s[2],
                    asset.purchasedOn().plusDays(random.nextInt(60)), random.nextInt(4) == 0 ? "VL-" + serial("LIC") : null));
        }
        return installed;
    }

    /**
     * The last four months of an asset's checks with one checklist: a visit about once a month that
     * answers the items due by then or within the next weeks, so the history agrees with the schedules; about one asset in
     * sixteen missed its last visit and is overdue.
     */
    void inspections(Asset asset, ChecklistTemplate template, List<Technician> team,
                     List<Inspection> inspections, List<InspectionResult> results) {
        if (asset.status() != AssetStatus.IN_SERVICE) {
            return;
        }
        Map<String, LocalDate> lastDone = new HashMap<>();
        LocalDate lastVisit = options.today().minusDays(random.nextInt(100) < 6 ? 40 + random.nextInt(30) : 1 + random.nextInt(25));
        List<LocalDate> visits = new ArrayList<>();
        for (LocalDate visit = lastVisit; visits.size() < 4; visit = visit.minusMonths(1).plusDays(random.nextInt(7) - 3)) {
            visits.addFirst(visit);
        }
        for (LocalDate visit : visits) {
            List<ChecklistItem> due = template.items().stream().filter(item -> lastDone.get(item.key()) == null
                    || !template.scheduling().nextDue(item.frequency(), lastDone.get(item.key())).isAfter(visit.plusDays(25)))
                    .toList();
            if (due.isEmpty()) {
                continue;
            }
            OffsetDateTime started = at(visit);
            UUID inspectionId = id();
            CheckOutcome overall = CheckOutcome.PASS;
            OffsetDateTime recorded = started;
            for (ChecklistItem item : due) {
                recorded = recorded.plusMinutes(2 + random.nextInt(6));
                boolean fails = random.nextInt(100) < 3;
                BigDecimal reading = null;
                String text = null;
                switch (item.answerType()) {
                    case READING -> {
                        reading = reading(item, fails);
                        fails = !item.accepts(reading);
                    }
                    case CHOICE -> {
                        List<String> choices = item.choiceList();
                        text = fails ? choices.stream().filter(item::fails).findFirst().orElse(choices.getLast())
                                : choices.getFirst();
                    }
                    case TEXT -> text = "v%d.%d.%d".formatted(1 + random.nextInt(9), random.nextInt(20), random.nextInt(100));
                    default -> {
                    }
                }
                CheckOutcome outcome = fails ? CheckOutcome.FAIL : CheckOutcome.PASS;
                if (fails) {
                    overall = CheckOutcome.FAIL;
                }
                results.add(new InspectionResult(id(), asset.siteId(), inspectionId, item.id(), null, outcome, reading, text,
                        fails ? "Reported to the customer; fault raised" : null, recorded));
                lastDone.put(item.key(), visit);
            }
            inspections.add(new Inspection(inspectionId, asset.siteId(), asset.id(), template.id(), template.version(),
                    pick(team).id(), started, recorded.plusMinutes(5), overall, pick(team).name(), null,
                    pick(DemoCatalog.PEOPLE), null));
        }
    }

    /** A reading in its range, or just outside it for a failing check. */
    private BigDecimal reading(ChecklistItem item, boolean fails) {
        double low = item.lowerLimit() == null ? 0 : item.lowerLimit().doubleValue();
        double high = item.upperLimit() == null ? low * 2 + 100 : item.upperLimit().doubleValue();
        if (item.lowerLimit() == null && item.upperLimit() != null) {
            low = high * 0.5;
        }
        if (item.upperLimit() == null && item.lowerLimit() != null) {
            high = low * 3;
        }
        if ("pages".equals(item.unit())) {
            return BigDecimal.valueOf(1_000 + random.nextInt(90_000));
        }
        double value = fails ? (item.upperLimit() != null ? high * 1.08 : low * 0.9) : low + (high - low) * (0.3 + random.nextDouble() * 0.4);
        return BigDecimal.valueOf(value).setScale(item.unit() != null && item.unit().equals("V") ? 2 : 0, RoundingMode.HALF_UP);
    }

    /** The built-in troubleshooting made for the subcategory, else for the whole category; null when none is. */
    private ProcedureDefinition troubleshootingFor(FaultCategory category, FaultSubcategory sub) {
        ProcedureDefinition broad = null;
        for (ProcedureDefinition definition : procedures) {
            if (definition.kind() == org.techbench.domain.procedure.ProcedureKind.PART_REPLACEMENT
                    || !category.name().equals(definition.category())) {
                continue;
            }
            if (sub.name().equals(definition.subcategory())) {
                return definition;
            }
            if (definition.subcategory() == null) {
                broad = definition;
            }
        }
        return broad;
    }

    /** A fault with its full life cycle up to a status that fits its age. */
    DemoFault fault(Site site, Contract contract, List<Asset> siteAssets, List<Technician> team, int number) {
        FaultCategory category = FaultCategory.values()[weighted(new int[] {45, 35, 20})];
        List<FaultSubcategory> subs = FaultSubcategory.of(category);
        FaultSubcategory sub = subs.get(random.nextInt(subs.size()));
        Asset asset = siteAssets.isEmpty() ? null : siteAssets.get(random.nextInt(siteAssets.size()));
        int daysAgo = random.nextInt(365);
        OffsetDateTime occurred = at(options.today().minusDays(daysAgo));
        OffsetDateTime reported = occurred.plusMinutes(5 + random.nextInt(55));
        Impact impact = Impact.values()[weighted(new int[] {10, 35, 55})];
        Urgency urgency = Urgency.values()[weighted(new int[] {15, 45, 40})];
        Priority priority = Priority.of(impact, urgency);
        ServiceTarget target = contract.target(priority);
        FaultStatus status = daysAgo > 14 ? (random.nextInt(50) == 0 ? FaultStatus.CANCELLED : FaultStatus.CLOSED)
                : FaultStatus.values()[random.nextInt(FaultStatus.values().length)];
        Technician assignee = pick(team);
        boolean late = random.nextInt(10) == 0;
        OffsetDateTime responded = status == FaultStatus.REPORTED ? null
                : reported.plusMinutes(Math.max(1, (long) (target.response().toMinutes() * (late ? 1.4 : random.nextDouble()))));
        boolean resolvedState = status == FaultStatus.RESOLVED || status == FaultStatus.CLOSED;
        OffsetDateTime resolved = resolvedState
                ? responded.plusMinutes(Math.max(5, (long) (target.resolution().toMinutes() * (late ? 1.3 : random.nextDouble() * 0.9))))
                : null;
        OffsetDateTime closed = status == FaultStatus.CLOSED ? resolved.plusHours(1 + random.nextInt(24)) : null;
        String symptom = pick(DemoCatalog.SYMPTOMS.get(sub));
        Fault fault = new Fault(id(), site.id(), asset == null ? null : asset.id(),
                "F-%d-%06d".formatted(reported.getYear(), number), category, sub, symptom, occurred,
                asset == null ? site.name() : asset.location(), pick(DemoCatalog.PEOPLE), "ext. " + (100 + random.nextInt(900)),
                impact == Impact.HIGH ? "Whole department cannot work" : impact == Impact.MEDIUM ? "Several users affected" : "One user affected",
                impact, urgency, priority, status, status == FaultStatus.REPORTED ? null : assignee.id(),
                reported, responded, resolved, closed,
                resolvedState ? "Cause traced to " + sub.name().toLowerCase().replace('_', ' ') + " problem" : null,
                resolvedState ? resolutionFor(category) : null,
                resolvedState ? "Check this during the periodic inspection" : null,
                resolvedState ? "Added to the monthly checklist; user briefed" : null,
                status == FaultStatus.CLOSED ? 3 + weighted(new int[] {15, 45, 40}) : null,
                status == FaultStatus.CLOSED && random.nextInt(4) == 0 ? "Quick and friendly, thank you" : null,
                impact == Impact.HIGH ? 25 : impact == Impact.MEDIUM ? 5 : 1);
        List<FaultEvent> events = new ArrayList<>();
        if (responded != null) {
            events.add(event(fault, FaultEventKind.ASSIGNMENT, "Assigned to " + assignee.name(), assignee, responded.minusMinutes(1)));
            events.add(event(fault, FaultEventKind.INQUIRY, "Asked the reporter when it started and what changed", assignee, responded));
            events.add(event(fault, FaultEventKind.OBSERVATION, "Observed: " + symptom, assignee, responded.plusMinutes(10)));
            events.add(event(fault, category == FaultCategory.NETWORK ? FaultEventKind.TOOL_OUTPUT : FaultEventKind.TEST,
                    category == FaultCategory.NETWORK ? "ping 10.0.0.1: 4 sent, 1 received, 75% loss" : "Diagnostic test run",
                    assignee, responded.plusMinutes(20)));
        }
        if (resolved != null) {
            events.add(event(fault, FaultEventKind.ACTION, fault.resolution(), assignee, resolved.minusMinutes(5)));
            events.add(event(fault, FaultEventKind.STATUS_CHANGE, "RESOLVED", assignee, resolved));
        }
        if (closed != null) {
            events.add(event(fault, FaultEventKind.STATUS_CHANGE, "CLOSED: user confirmed the fault is gone", assignee, closed));
        }
        ProcedureRun run = null;
        List<ProcedureStep> steps = new ArrayList<>();
        ProcedureDefinition followed = troubleshootingFor(category, sub);
        if (resolved != null && random.nextInt(3) == 0 && followed != null) {
            var answers = DemoRunWalk.walk(followed, new Random(options.seed() * 1_000_003L + number), assignee.name(),
                    fault.resolution()).orElse(List.of());
            if (!answers.isEmpty()) {
                run = new ProcedureRun(id(), site.id(), followed.code(), followed.version(), fault.assetId(), fault.id(),
                        assignee.id(), responded, resolved, RunStatus.COMPLETED);
                long gap = Math.max(1, java.time.Duration.between(responded, resolved).toMinutes() / (answers.size() + 1));
                for (int i = 0; i < answers.size(); i++) {
                    var answer = answers.get(i);
                    steps.add(new ProcedureStep(id(), site.id(), run.id(), i + 1,
                            answer.value().equals("fail") ? StepOutcome.FAILED : StepOutcome.DONE, null, assignee.id(),
                            responded.plusMinutes(gap * (i + 1)), answer.stepId(), answer.value()));
                }
            }
        }
        Article article = status == FaultStatus.CLOSED && random.nextInt(40) == 0
                ? new Article(id(), null, symptom, fault.resolution(), category, sub, fault.id(),
                        sub.name().toLowerCase(), symptom, fault.rootCause(), "en", "", "", assignee.name(), 1, null,
                        closed)
                : null;
        return new DemoFault(fault, events, run, steps, article);
    }

    /** A fault with everything recorded about it. */
    record DemoFault(Fault fault, List<FaultEvent> events, ProcedureRun run, List<ProcedureStep> steps, Article article) {
    }

    private FaultEvent event(Fault fault, FaultEventKind kind, String body, Technician by, OffsetDateTime at) {
        return new FaultEvent(id(), fault.siteId(), fault.id(), kind, body, by.id(), at);
    }

    private static String resolutionFor(FaultCategory category) {
        return switch (category) {
            case HARDWARE -> "Replaced the damaged part and tested the system";
            case SOFTWARE -> "Updated and repaired the software; full virus scan clean";
            case NETWORK -> "Adjusted the configuration and restarted the device";
        };
    }

    private OffsetDateTime at(LocalDate day) {
        LocalTime time = LocalTime.of(8 + random.nextInt(10), random.nextInt(60));
        return day.atTime(time).atZone(ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private AssetKind kind() {
        AssetKind[] kinds = {AssetKind.DESKTOP, AssetKind.LAPTOP, AssetKind.SERVER, AssetKind.PRINTER, AssetKind.SWITCH,
                AssetKind.MONITOR, AssetKind.STORAGE, AssetKind.ROUTER, AssetKind.FIREWALL, AssetKind.OTHER};
        return kinds[weighted(new int[] {38, 25, 8, 8, 6, 6, 3, 2, 2, 2})];
    }

    private static String prefix(AssetKind kind) {
        return switch (kind) {
            case SERVER -> "SRV";
            case DESKTOP -> "PC";
            case LAPTOP -> "NB";
            case STORAGE -> "NAS";
            case SWITCH -> "SW";
            case ROUTER -> "RT";
            case FIREWALL -> "FW";
            case PRINTER -> "PRN";
            case MONITOR -> "MON";
            case OTHER -> "OTH";
        };
    }

    private String serial(String make) {
        String letters = make.replaceAll("[^A-Za-z]", "").toUpperCase();
        return (letters.length() >= 2 ? letters.substring(0, 2) : "XX")
                + Long.toString(Math.abs(random.nextLong() % 2_000_000_000_000L), 36).toUpperCase();
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
