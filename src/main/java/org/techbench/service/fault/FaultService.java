package org.techbench.service.fault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.techbench.replication.Ids;
import org.techbench.domain.attachment.Attachment;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultEvent;
import org.techbench.domain.fault.FaultEventKind;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.fault.Priority;
import org.techbench.domain.fault.SlaClock;
import org.techbench.domain.fault.SlaCounts;
import org.techbench.domain.fault.SlaStanding;
import org.techbench.domain.fault.SlaState;
import org.techbench.domain.fault.StatusChange;
import org.techbench.domain.fault.Waiting;
import org.techbench.domain.people.DispatchCandidate;
import org.techbench.domain.people.DispatchRanking;
import org.techbench.domain.site.Contract;
import org.techbench.domain.site.ServiceTarget;
import org.techbench.i18n.Texts;
import org.techbench.service.RefusedException;
import org.techbench.service.attachment.AttachmentService;
import org.techbench.store.AssetRepository;
import org.techbench.store.FaultRepository;
import org.techbench.store.SiteRepository;
import org.techbench.store.Store;
import org.techbench.store.TechnicianRepository;

/**
 * Faults from report to a rated close (service manual ch.1 and 3): reporting with a priority from
 * impact and urgency, the moves of the life cycle, dispatch, the diagnostic journal and SLA clocks.
 * Every change writes the fault and its journal entry in one transaction.
 */
public final class FaultService {

    private final Store store;
    private final FaultRepository faults;
    private final SiteRepository sites;
    private final AssetRepository assets;
    private final TechnicianRepository technicians;
    private final Clock clock;
    private final Supplier<UUID> technician;
    private final Supplier<Texts> refusals;
    private final AttachmentService attachments;

    /** The table journal entries' attachments name as their owner. */
    public static final String ENTRY_TABLE = "fault_event";

    public FaultService(Store store, FaultRepository faults, SiteRepository sites, AssetRepository assets,
                        TechnicianRepository technicians, AttachmentService attachments, Clock clock,
                        Supplier<UUID> technician, Supplier<Texts> refusals) {
        this.attachments = attachments;
        this.store = store;
        this.faults = faults;
        this.sites = sites;
        this.assets = assets;
        this.technicians = technicians;
        this.clock = clock;
        this.technician = technician;
        this.refusals = refusals;
    }

    /** Records a reported fault; what is missing or inconsistent is refused, naming the field. */
    public Fault report(FaultReport report) {
        if (report.symptom() == null || report.symptom().isBlank()) {
            throw refused("fault.noSymptom");
        }
        if (report.reporterName() == null || report.reporterName().isBlank()) {
            throw refused("fault.noReporter");
        }
        if (report.subcategory() == null || report.impact() == null || report.urgency() == null) {
            throw refused("fault.noCategory");
        }
        UUID siteId = report.siteId();
        if (report.assetId() != null) {
            siteId = assets.find(report.assetId()).orElseThrow(() -> refused("fault.noAsset")).siteId();
        }
        if (siteId == null || sites.find(siteId).isEmpty()) {
            throw refused("fault.noSite");
        }
        OffsetDateTime now = now();
        OffsetDateTime occurred = report.occurredAt() == null ? now : report.occurredAt();
        if (occurred.isAfter(now.plusMinutes(5))) {
            throw refused("fault.occursLater");
        }
        if (report.usersAffected() != null && report.usersAffected() < 0) {
            throw refused("fault.usersAffectedNegative", report.usersAffected());
        }
        Priority matrix = Priority.of(report.impact(), report.urgency());
        Priority priority = report.priority() == null ? matrix : report.priority();
        if (priority != matrix && (report.priorityReason() == null || report.priorityReason().isBlank())) {
            throw refused("fault.overrideWithoutReason", matrix, priority);
        }
        UUID id = Ids.next();
        Fault fault = new Fault(id, siteId, report.assetId(), number(now, id), report.subcategory().category(),
                report.subcategory(), report.symptom().strip(), occurred, blankToNull(report.place()),
                report.reporterName().strip(), blankToNull(report.reporterContact()), blankToNull(report.businessImpact()),
                report.impact(), report.urgency(), priority, FaultStatus.REPORTED, null, now, null, null, null, null,
                null, null, null, null, null, report.usersAffected());
        List<FaultEvent> journal = new ArrayList<>();
        journal.add(event(fault, FaultEventKind.STATUS_CHANGE, StatusChange.body(FaultStatus.REPORTED, null), now));
        if (priority != matrix) {
            journal.add(event(fault, FaultEventKind.NOTE, "Priority " + priority + " instead of " + matrix + ": "
                    + report.priorityReason().strip(), now));
        }
        store.write(technician.get(), tx -> {
            faults.insert(tx, fault);
            faults.appendEvents(tx, journal);
            return null;
        });
        return fault;
    }

    /**
     * Moves a fault on in its life cycle (only the moves the domain allows); resolving and closing
     * take {@link #resolve} and {@link #close}, which ask for what those moves need.
     */
    public Fault move(UUID faultId, FaultStatus target, String reason) {
        if (target == FaultStatus.RESOLVED || target == FaultStatus.CLOSED) {
            throw refused(target == FaultStatus.RESOLVED ? "fault.resolveNeedsSummary" : "fault.closeNeedsRating");
        }
        if (target == FaultStatus.ON_HOLD) {
            throw refused("fault.holdNeedsReason");
        }
        Fault fault = legalMove(faultId, target);
        if (target == FaultStatus.CANCELLED && blank(reason)) {
            throw refused("fault.cancelNeedsReason");
        }
        return moved(fault, target, StatusChange.body(target, reason));
    }

    /** Puts a fault on hold waiting for the customer or a vendor; that time is kept apart and off its SLA. */
    public Fault hold(UUID faultId, Waiting party, String what) {
        Fault fault = legalMove(faultId, FaultStatus.ON_HOLD);
        if (party == null || blank(what)) {
            throw refused("fault.holdNeedsReason");
        }
        return moved(fault, FaultStatus.ON_HOLD, StatusChange.hold(party, what));
    }

    private Fault moved(Fault fault, FaultStatus target, String entry) {
        OffsetDateTime now = now();
        Fault moved = with(fault, target, fault.assigneeId(),
                fault.respondedAt() == null && target == FaultStatus.IN_PROGRESS ? now : fault.respondedAt(),
                target == FaultStatus.IN_PROGRESS ? null : fault.resolvedAt(), fault.closedAt(), null, null);
        save(moved, event(moved, FaultEventKind.STATUS_CHANGE, entry, now));
        return moved;
    }

    /** Resolves a fault with the summary of 3.3.4; a missing part of it is named and nothing is saved. */
    public Fault resolve(UUID faultId, ResolutionSummary summary) {
        Fault fault = legalMove(faultId, FaultStatus.RESOLVED);
        if (blank(summary.rootCause()) || blank(summary.resolution()) || blank(summary.lessons())
                || blank(summary.prevention())) {
            throw refused("fault.summaryIncomplete");
        }
        OffsetDateTime now = now();
        Fault resolved = new Fault(fault.id(), fault.siteId(), fault.assetId(), fault.number(), fault.category(),
                fault.subcategory(), fault.symptom(), fault.occurredAt(), fault.place(), fault.reporterName(),
                fault.reporterContact(), fault.businessImpact(), fault.impact(), fault.urgency(), fault.priority(),
                FaultStatus.RESOLVED, fault.assigneeId(), fault.reportedAt(),
                fault.respondedAt() == null ? now : fault.respondedAt(), now, null, summary.rootCause().strip(),
                summary.resolution().strip(), summary.lessons().strip(), summary.prevention().strip(), null, null,
                fault.usersAffected());
        save(resolved, event(resolved, FaultEventKind.STATUS_CHANGE,
                StatusChange.body(FaultStatus.RESOLVED, summary.resolution()), now));
        return resolved;
    }

    /**
     * Closes a resolved fault once the user confirmed it: with a rating of 1 to 5 (and a comment)
     * taken on the spot, or with the reason none was given.
     */
    public Fault close(UUID faultId, Integer rating, String comment, String reasonWithoutRating) {
        Fault fault = legalMove(faultId, FaultStatus.CLOSED);
        if (rating == null && blank(reasonWithoutRating)) {
            throw refused("fault.closeNeedsRating");
        }
        if (rating != null && (rating < 1 || rating > 5)) {
            throw refused("fault.ratingOutOfRange", rating);
        }
        OffsetDateTime now = now();
        Fault closed = with(fault, FaultStatus.CLOSED, fault.assigneeId(), fault.respondedAt(), fault.resolvedAt(), now,
                rating, rating == null ? reasonWithoutRating.strip() : blankToNull(comment));
        save(closed, event(closed, FaultEventKind.STATUS_CHANGE, StatusChange.body(FaultStatus.CLOSED,
                rating == null ? "not rated: " + reasonWithoutRating.strip() : "rated " + rating + "/5"), now));
        return closed;
    }

    /** Gives the fault to a technician; a fault just reported becomes assigned, and the journal says who and by whom. */
    public Fault assign(UUID faultId, UUID technicianId) {
        Fault fault = find(faultId);
        var assignee = technicians.find(technicianId).orElseThrow(() -> refused("fault.noTechnician"));
        if (!fault.status().isOpen()) {
            throw refused("fault.notOpen", fault.number());
        }
        if (technicianId.equals(fault.assigneeId())) {
            return fault;
        }
        String before = fault.assigneeId() == null ? null
                : technicians.find(fault.assigneeId()).map(t -> t.name()).orElse("?");
        FaultStatus status = fault.status() == FaultStatus.REPORTED ? FaultStatus.ASSIGNED : fault.status();
        OffsetDateTime now = now();
        Fault assigned = with(fault, status, technicianId, fault.respondedAt(), fault.resolvedAt(), fault.closedAt(),
                null, null);
        List<FaultEvent> journal = new ArrayList<>();
        journal.add(event(assigned, FaultEventKind.ASSIGNMENT, before == null ? "Assigned to " + assignee.name()
                : "Reassigned from " + before + " to " + assignee.name(), now));
        if (status != fault.status()) {
            journal.add(event(assigned, FaultEventKind.STATUS_CHANGE, StatusChange.body(status, null), now));
        }
        store.write(technician.get(), tx -> {
            faults.update(tx, assigned);
            faults.appendEvents(tx, journal);
            return null;
        });
        return assigned;
    }

    /**
     * The technicians the fault could go to, best first: skilled in its category, then fewest open
     * faults (from the synced team list, which holds this laptop's own profile offline).
     */
    public List<DispatchCandidate> candidates(UUID faultId) {
        Fault fault = find(faultId);
        Set<String> open = FaultFilter.open(0).statuses().stream().map(Enum::name)
                .collect(java.util.stream.Collectors.toSet());
        return DispatchRanking.rank(fault.category(), technicians.all(), faults.countByAssignee(open));
    }

    /** Adds a diagnostic entry to the fault's journal (append-only: entries are never changed). */
    public FaultEvent addEntry(UUID faultId, FaultEventKind kind, String body) {
        return addEntry(faultId, kind, body, List.of());
    }

    /** A checked, not yet written journal entry. */
    private FaultEvent entry(UUID faultId, FaultEventKind kind, String body) {
        if (kind == FaultEventKind.STATUS_CHANGE || kind == FaultEventKind.ASSIGNMENT) {
            throw refused("fault.entryKindReserved");
        }
        if (blank(body)) {
            throw refused("fault.emptyEntry");
        }
        if (body.strip().length() > 4_000) {
            throw refused("fault.entryTooLong");
        }
        return event(find(faultId), kind, body.strip(), now());
    }

    /** The asset a fault is reported about, for a report form started from the asset's screen. */
    public java.util.Optional<org.techbench.domain.asset.Asset> asset(UUID assetId) {
        return assets.find(assetId);
    }

    /** The fault with this number, as a technician types it (F-20261204-3FA2C1). */
    public java.util.Optional<Fault> byNumber(String number) {
        return faults.findByNumber(number.strip());
    }

    public List<Fault> list(FaultFilter filter) {
        return faults.list(filter.statuses().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
                filter.priorities().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
                filter.category() == null ? null : filter.category().name(), filter.siteId(), filter.assigneeId(),
                filter.limit());
    }

    /** The fault with its journal (oldest first), SLA state and the names shown beside it. */
    public FaultDetail detail(UUID faultId) {
        Fault fault = find(faultId);
        List<FaultEvent> journal = faults.events(faultId);
        var asset = fault.assetId() == null ? java.util.Optional.<org.techbench.domain.asset.Asset>empty()
                : assets.find(fault.assetId());
        String host = asset.map(a -> blank(a.ipAddress()) ? a.hostname() : a.ipAddress()).filter(h -> !blank(h))
                .orElse(null);
        return new FaultDetail(fault, journal,
                attachments.byOwner(ENTRY_TABLE, journal.stream().map(FaultEvent::id).toList()),
                SlaClock.of(fault, target(fault), journal, clock.instant()),
                sites.find(fault.siteId()).map(s -> s.code()).orElse(""), asset.map(a -> a.tag()).orElse(null),
                fault.assigneeId() == null ? null : technicians.find(fault.assigneeId()).map(t -> t.name()).orElse(null),
                host);
    }

    /**
     * Adds a journal entry with files attached to it (photos, logs, screenshots), copied beside the
     * store; the entry and its attachments are written together or not at all.
     */
    public FaultEvent addEntry(UUID faultId, FaultEventKind kind, String body, List<Path> files) {
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                throw refused("fault.unreadableFile", file.getFileName());
            }
        }
        FaultEvent entry = entry(faultId, kind, body);
        List<Attachment> copied = files.stream()
                .map(file -> attachments.copyIn(ENTRY_TABLE, entry.id(), entry.siteId(), file, mediaType(file))).toList();
        store.write(technician.get(), tx -> {
            faults.appendEvents(tx, List.of(entry));
            copied.forEach(attachment -> attachments.record(tx, attachment));
            return null;
        });
        return entry;
    }

    private static String mediaType(Path file) {
        try {
            String probed = Files.probeContentType(file);
            return probed == null ? "application/octet-stream" : probed;
        } catch (java.io.IOException e) {
            return "application/octet-stream";
        }
    }

    /** The SLA state of every fault the filter lists, in one read of their status changes. */
    public Map<UUID, SlaState> sla(List<Fault> listed) {
        return sla(listed, faults.statusChanges(listed.stream().map(Fault::id).toList()));
    }

    /** The SLA clocks of the faults listed, from their status changes already read (by fault). */
    public Map<UUID, SlaState> sla(List<Fault> listed, Map<UUID, List<FaultEvent>> changes) {
        Map<UUID, List<Contract>> contracts = new HashMap<>();
        Instant now = clock.instant();
        Map<UUID, SlaState> states = new HashMap<>();
        for (Fault fault : listed) {
            List<Contract> siteContracts = contracts.computeIfAbsent(fault.siteId(), sites::contracts);
            states.put(fault.id(), SlaClock.of(fault, target(fault, siteContracts), changes.getOrDefault(fault.id(), List.of()),
                    now));
        }
        return states;
    }

    /** How many open faults are near or past their SLA targets now: what the Dashboard and the status bar show. */
    public SlaCounts slaCounts() {
        Map<UUID, SlaState> states = sla(list(FaultFilter.open(Integer.MAX_VALUE)));
        int near = (int) states.values().stream().filter(s -> s.standing() == SlaStanding.NEAR).count();
        int breached = (int) states.values().stream().filter(s -> s.standing() == SlaStanding.BREACHED).count();
        return new SlaCounts(near, breached);
    }

    /** The site's contract in force on the day the fault was reported sets its targets; without one, the standard ones. */
    private ServiceTarget target(Fault fault) {
        return target(fault, sites.contracts(fault.siteId()));
    }

    private static ServiceTarget target(Fault fault, List<Contract> contracts) {
        LocalDate day = fault.reportedAt().toLocalDate();
        return contracts.stream().filter(c -> c.covers(day)).findFirst().map(c -> c.target(fault.priority()))
                .orElse(ServiceTarget.standard(fault.priority()));
    }

    private Fault legalMove(UUID faultId, FaultStatus target) {
        Fault fault = find(faultId);
        if (!fault.status().canMoveTo(target)) {
            throw refused("fault.illegalMove", fault.number(), statusName(fault.status()), statusName(target));
        }
        return fault;
    }

    /** A status as the technician reads it, in the language of the refusal. */
    private String statusName(FaultStatus status) {
        return refusals.get().get("faultStatus." + status.name());
    }

    private Fault find(UUID faultId) {
        return faults.find(faultId).orElseThrow(() -> refused("fault.notFound"));
    }

    private void save(Fault fault, FaultEvent entry) {
        store.write(technician.get(), tx -> {
            faults.update(tx, fault);
            faults.appendEvents(tx, List.of(entry));
            return null;
        });
    }

    private static Fault with(Fault f, FaultStatus status, UUID assignee, OffsetDateTime responded, OffsetDateTime resolved,
                              OffsetDateTime closed, Integer rating, String ratingComment) {
        return new Fault(f.id(), f.siteId(), f.assetId(), f.number(), f.category(), f.subcategory(), f.symptom(),
                f.occurredAt(), f.place(), f.reporterName(), f.reporterContact(), f.businessImpact(), f.impact(), f.urgency(),
                f.priority(), status, assignee, f.reportedAt(), responded, resolved, closed, f.rootCause(), f.resolution(),
                f.lessons(), f.prevention(), rating == null ? f.satisfaction() : rating,
                ratingComment == null ? f.satisfactionComment() : ratingComment, f.usersAffected());
    }

    private FaultEvent event(Fault fault, FaultEventKind kind, String body, OffsetDateTime at) {
        return new FaultEvent(Ids.next(), fault.siteId(), fault.id(), kind, body, technician.get(), at);
    }

    /** Unique across laptops without asking the hub: the day and the last, random letters of the fault's id. */
    private static String number(OffsetDateTime now, UUID id) {
        return "F-%tY%<tm%<td-%s".formatted(now, id.toString().substring(30).toUpperCase(Locale.ROOT));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return blank(text) ? null : text.strip();
    }

    private RefusedException refused(String key, Object... arguments) {
        return new RefusedException(refusals.get(), key, arguments);
    }
}
