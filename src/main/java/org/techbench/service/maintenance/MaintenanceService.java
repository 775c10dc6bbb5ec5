package org.techbench.service.maintenance;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.attachment.Attachment;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultCategory;
import org.techbench.domain.fault.FaultEvent;
import org.techbench.domain.fault.FaultEventKind;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.fault.Impact;
import org.techbench.domain.fault.Priority;
import org.techbench.domain.fault.Urgency;
import org.techbench.domain.maintenance.Answer;
import org.techbench.domain.maintenance.BuiltInChecklists;
import org.techbench.domain.maintenance.CheckOutcome;
import org.techbench.domain.maintenance.ChecklistItem;
import org.techbench.domain.maintenance.ChecklistTemplate;
import org.techbench.domain.maintenance.DueCheck;
import org.techbench.domain.maintenance.DueCounts;
import org.techbench.domain.maintenance.Inspection;
import org.techbench.domain.maintenance.InspectionRecord;
import org.techbench.domain.maintenance.InspectionResult;
import org.techbench.i18n.Texts;
import org.techbench.replication.Ids;
import org.techbench.service.ChangeEvents;
import org.techbench.service.RefusedException;
import org.techbench.service.attachment.AttachmentService;
import org.techbench.store.AssetRepository;
import org.techbench.store.FaultRepository;
import org.techbench.store.MaintenanceRepository;
import org.techbench.store.Store;
import org.techbench.store.TechnicianRepository;

/**
 * Preventive maintenance (service manual 4.1): the checklists, what falls due on which asset, and
 * inspections answered one item at a time, each answer saved as it is given, finished with the
 * technician's and the customer's signatures.
 */
public final class MaintenanceService {

    /** The largest photo taken with an answer. */
    public static final long MAX_PHOTO_BYTES = 20L * 1024 * 1024;

    private final Store store;
    private final MaintenanceRepository repository;
    private final AssetRepository assets;
    private final FaultRepository faults;
    private final TechnicianRepository technicians;
    private final AttachmentService attachments;
    private final Clock clock;
    private final Supplier<UUID> technician;
    private final Supplier<Texts> refusals;
    private final DueInputs dueInputs;

    public MaintenanceService(Store store, MaintenanceRepository repository, AssetRepository assets, FaultRepository faults,
                              TechnicianRepository technicians, AttachmentService attachments, Clock clock,
                              Supplier<UUID> technician, Supplier<Texts> refusals, ChangeEvents changes) {
        this.store = store;
        this.dueInputs = new DueInputs(repository, changes);
        this.repository = repository;
        this.assets = assets;
        this.faults = faults;
        this.technicians = technicians;
        this.attachments = attachments;
        this.clock = clock;
        this.technician = technician;
        this.refusals = refusals;
    }

    /** Adds the built-in checklists this store does not have yet; every laptop adds the same rows. */
    public int seedBuiltIns() {
        List<ChecklistTemplate> missing = BuiltInChecklists.all().stream()
                .filter(template -> !repository.templateExists(template.id())).toList();
        if (!missing.isEmpty()) {
            store.write(technician.get(), tx -> {
                missing.forEach(template -> repository.insertTemplate(tx, template));
                return null;
            });
        }
        return missing.size();
    }

    /** The newest version of every checklist in use. */
    public List<ChecklistTemplate> templates() {
        return repository.latestTemplates();
    }

    /** The checklists that apply to a kind of asset. */
    public List<ChecklistTemplate> templatesFor(AssetKind kind) {
        return templates().stream().filter(template -> template.assetKinds().contains(kind)).toList();
    }

    /**
     * Saves an edited checklist as the next version under its code (a new one at version 1);
     * inspections finished with the older version keep it.
     */
    public ChecklistTemplate saveTemplate(ChecklistTemplate edited) {
        if (edited.items().isEmpty()) {
            throw refused("maintenance.noItems");
        }
        Set<String> checks = new HashSet<>();
        for (ChecklistItem item : edited.items()) {
            if (item.check() == null || item.check().english() == null || item.check().english().isBlank()) {
                throw refused("maintenance.itemWithoutCheck", item.position());
            }
            if (!checks.add(item.check().english().strip().toLowerCase(Locale.ROOT))) {
                throw refused("maintenance.duplicateItem", item.check().english().strip());
            }
            if (item.lowerLimit() != null && item.upperLimit() != null && item.lowerLimit().compareTo(item.upperLimit()) > 0) {
                throw refused("maintenance.limitsReversed", item.check().english().strip());
            }
        }
        int version = repository.latestTemplate(edited.code()).map(t -> t.version() + 1).orElse(1);
        UUID id = Ids.next();
        List<ChecklistItem> items = new ArrayList<>();
        for (int i = 0; i < edited.items().size(); i++) {
            ChecklistItem item = edited.items().get(i);
            String key = item.key() == null || item.key().isBlank() ? "item-" + Ids.next() : item.key();
            items.add(new ChecklistItem(Ids.next(), id, i + 1, key, item.component(), item.check(), item.method(),
                    item.tools(), item.frequency(), item.answerType(), item.unit(), item.lowerLimit(), item.upperLimit(),
                    item.choices(), item.required(), item.photoWanted()));
        }
        ChecklistTemplate saved = new ChecklistTemplate(id, edited.siteId(), edited.code(), version, edited.name(),
                edited.assetKinds(), edited.scheduling(), items);
        store.write(technician.get(), tx -> {
            repository.insertTemplate(tx, saved);
            return null;
        });
        return saved;
    }

    /**
     * The checklists falling due by {@code until} (today's overdue ones included), on the assets in
     * service of one site and kinds when given, by site, asset and checklist.
     */
    public List<DueCheck> due(UUID siteId, Set<AssetKind> kinds, LocalDate until) {
        // Taken once: a change announced meanwhile must not give the loops below two different lists.
        List<ChecklistTemplate> templates = dueInputs.templates();
        Map<AssetKind, List<ChecklistTemplate>> byKind = new HashMap<>();
        for (ChecklistTemplate template : templates) {
            template.assetKinds().forEach(kind -> byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(template));
        }
        LocalDate today = LocalDate.now(clock);
        List<DueCheck> due = new ArrayList<>();
        LastDoneIndex done = dueInputs.lastDone();
        synchronized (done) {
            Map<UUID, int[]> slots = new HashMap<>();
            for (ChecklistTemplate template : templates) {
                slots.put(template.id(), template.items().stream()
                        .mapToInt(item -> done.slot(template.code(), item.key())).toArray());
            }
            for (MaintenanceRepository.DueAsset asset : dueInputs.assets()) {
                if (siteId != null && !siteId.equals(asset.siteId()) || kinds != null && !kinds.isEmpty()
                        && !kinds.contains(asset.kind())) {
                    continue;
                }
                int[] days = done.days(asset.id());
                for (ChecklistTemplate template : byKind.getOrDefault(asset.kind(), List.of())) {
                    dueOn(asset, template, slots.get(template.id()), days, today, until).ifPresent(due::add);
                }
            }
        }
        due.sort(Comparator.comparing(DueCheck::siteCode).thenComparing(DueCheck::tag)
                .thenComparing(check -> check.templateName().english()));
        return due;
    }

    /** The items of one checklist due on one asset by {@code until}, from the days they were last done. */
    private static Optional<DueCheck> dueOn(MaintenanceRepository.DueAsset asset, ChecklistTemplate template, int[] slots,
                                            int[] days, LocalDate today, LocalDate until) {
        List<ChecklistItem> items = new ArrayList<>();
        LocalDate earliest = null;
        for (int i = 0; i < slots.length; i++) {
            ChecklistItem item = template.items().get(i);
            int slot = slots[i];
            int day = slot >= 0 && days != null && slot < days.length ? days[slot] : 0;
            LocalDate next = day == 0 ? firstDue(asset, today)
                    : template.scheduling().nextDue(item.frequency(), LocalDate.ofEpochDay(day));
            if (!next.isAfter(until)) {
                items.add(item);
                earliest = earliest == null || next.isBefore(earliest) ? next : earliest;
            }
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(new DueCheck(asset.id(), asset.siteId(), asset.siteCode(),
                asset.tag(), asset.name(), asset.kind(), template.id(), template.name(), items, earliest));
    }

    /** Overdue, due today and due in the coming seven days, over every asset in service. */
    public DueCounts dueCounts() {
        LocalDate today = LocalDate.now(clock);
        int overdue = 0;
        int dueToday = 0;
        int thisWeek = 0;
        for (DueCheck check : due(null, null, today.plusDays(7))) {
            if (check.earliestDue().isBefore(today)) {
                overdue++;
            } else if (check.earliestDue().isEqual(today)) {
                dueToday++;
            } else {
                thisWeek++;
            }
        }
        return new DueCounts(overdue, dueToday, thisWeek);
    }

    /** A check never done falls due when the asset was bought, or today when that is not known. */
    private static LocalDate firstDue(MaintenanceRepository.DueAsset asset, LocalDate today) {
        return asset.purchasedOn() != null && asset.purchasedOn().isBefore(today) ? asset.purchasedOn() : today;
    }

    /** Starts an inspection of the asset with the checklist, or returns the one left unfinished. */
    public Inspection start(UUID assetId, UUID templateId) {
        var asset = assets.find(assetId).orElseThrow(() -> refused("maintenance.noAsset"));
        ChecklistTemplate template = repository.template(templateId).orElseThrow(() -> refused("maintenance.noTemplate"));
        if (!template.assetKinds().contains(asset.kind())) {
            throw refused("maintenance.wrongKind", template.name().english(), asset.tag());
        }
        Optional<Inspection> open = repository.unfinished().stream()
                .filter(i -> i.assetId().equals(assetId) && i.templateId().equals(templateId)).findFirst();
        if (open.isPresent()) {
            return open.get();
        }
        Inspection inspection = new Inspection(Ids.next(), asset.siteId(), assetId, templateId, template.version(),
                technician.get(), now(), null, CheckOutcome.PENDING, null, null, null, null);
        store.write(technician.get(), tx -> {
            repository.insertInspection(tx, inspection);
            return null;
        });
        return inspection;
    }

    /** Inspections started and not finished, newest first: offered for resuming. */
    public List<Inspection> unfinished() {
        return repository.unfinished();
    }

    /** An asset's inspections, newest first. */
    public List<Inspection> history(UUID assetId) {
        return repository.inspectionsOf(assetId);
    }

    /** Finished inspections, newest first, of an asset or a site when given. */
    public List<Inspection> finished(UUID assetId, UUID siteId, int limit) {
        return repository.finished(assetId, siteId, limit);
    }

    /**
     * Judges and saves one answer at once, as a new result: a reading outside its range fails the
     * check. Refused, with the reason, when the answer does not fit the item.
     */
    public InspectionResult answer(UUID inspectionId, UUID itemId, Answer answer) {
        Inspection inspection = openInspection(inspectionId);
        ChecklistItem item = repository.template(inspection.templateId()).orElseThrow().items().stream()
                .filter(i -> i.id().equals(itemId)).findFirst().orElseThrow(() -> refused("maintenance.noItem"));
        InspectionResult result = judge(inspection, item, answer);
        store.write(technician.get(), tx -> {
            repository.appendResults(tx, List.of(result));
            return null;
        });
        return result;
    }

    /** Judges an answer as {@link #answer} does, without saving it: the forms that come back are checked the same way. */
    InspectionResult judged(Inspection inspection, ChecklistItem item, Answer answer) {
        return judge(inspection, item, answer);
    }

    private InspectionResult judge(Inspection inspection, ChecklistItem item, Answer answer) {
        CheckOutcome outcome;
        BigDecimal reading = null;
        String text = null;
        if (answer.verdict() == CheckOutcome.NOT_APPLICABLE) {
            outcome = CheckOutcome.NOT_APPLICABLE;
        } else {
            switch (item.answerType()) {
                case PASS_FAIL -> {
                    if (answer.verdict() != CheckOutcome.PASS && answer.verdict() != CheckOutcome.FAIL) {
                        throw refused("maintenance.verdictNeeded");
                    }
                    outcome = answer.verdict();
                }
                case READING -> {
                    reading = number(answer.reading());
                    outcome = item.accepts(reading) ? CheckOutcome.PASS : CheckOutcome.FAIL;
                }
                case CHOICE -> {
                    String choice = answer.choice() == null ? "" : answer.choice().strip();
                    if (!item.choiceList().contains(choice)) {
                        throw refused("maintenance.choose", String.join(", ", item.choiceList()));
                    }
                    text = choice;
                    outcome = item.fails(choice) ? CheckOutcome.FAIL : CheckOutcome.PASS;
                }
                case TEXT -> {
                    if (answer.text() == null || answer.text().isBlank()) {
                        throw refused("maintenance.textNeeded");
                    }
                    text = answer.text().strip();
                    outcome = answer.verdict() == CheckOutcome.FAIL ? CheckOutcome.FAIL : CheckOutcome.PASS;
                }
                default -> throw new IllegalStateException(item.answerType().name());
            }
        }
        if (text != null && text.length() > 1000 || answer.note() != null && answer.note().length() > 1000) {
            throw refused("maintenance.tooLong", 1000);
        }
        UUID component = assets.components(inspection.assetId()).stream()
                .filter(c -> c.kind() == item.component() && c.removedOn() == null).map(c -> c.id()).findFirst().orElse(null);
        String note = answer.note() == null || answer.note().isBlank() ? null : answer.note().strip();
        return new InspectionResult(Ids.next(), inspection.siteId(), inspection.id(), item.id(), component, outcome, reading,
                text, note, now());
    }

    private BigDecimal number(String typed) {
        if (typed == null || typed.isBlank()) {
            throw refused("maintenance.readingNeeded");
        }
        try {
            return new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw refused("maintenance.notANumber", typed.strip());
        }
    }

    /** Attaches a photo to the newest answer of an item; it syncs with the other attachments. */
    public Attachment attachPhoto(UUID inspectionId, UUID itemId, Path file) {
        openInspection(inspectionId);
        InspectionResult answered = repository.answers(inspectionId).get(itemId);
        if (answered == null) {
            throw refused("maintenance.answerFirst");
        }
        String mediaType = imageType(file);
        return attachments.attach("inspection_result", answered.id(), answered.siteId(), file, mediaType);
    }

    private String imageType(Path file) {
        try {
            if (Files.size(file) > MAX_PHOTO_BYTES) {
                throw refused("maintenance.photoTooLarge", file.getFileName(), MAX_PHOTO_BYTES / 1024 / 1024);
            }
            byte[] head = new byte[12];
            int read;
            try (var in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, head.length);
            }
            if (read >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
                return "image/jpeg";
            }
            if (read >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
                return "image/png";
            }
            throw refused("maintenance.notAnImage", file.getFileName());
        } catch (java.io.IOException e) {
            throw refused("maintenance.unreadablePhoto", file.getFileName(), e.getMessage());
        }
    }

    /**
     * Finishes and signs an inspection: refused while a required item is unanswered (naming it),
     * without the customer's name or with an empty signature. The outcome fails when any answer failed.
     */
    public Inspection finish(UUID inspectionId, String customerName, byte[] signaturePng, Locale language) {
        Inspection inspection = openInspection(inspectionId);
        InspectionRecord record = record(inspectionId);
        List<ChecklistItem> missing = record.unansweredRequired();
        if (!missing.isEmpty()) {
            throw refused("maintenance.unanswered", missing.getFirst().check().in(language), missing.size());
        }
        if (customerName == null || customerName.isBlank()) {
            throw refused("maintenance.noCustomer");
        }
        if (signaturePng == null || signaturePng.length == 0) {
            throw refused("maintenance.noSignature");
        }
        boolean failed = record.answers().values().stream().anyMatch(r -> r.outcome() == CheckOutcome.FAIL);
        Path signatureFile = null;
        try {
            signatureFile = Files.createTempFile("signature", ".png");
            Files.write(signatureFile, signaturePng);
            Attachment signature = attachments.attach("inspection", inspection.id(), inspection.siteId(), signatureFile,
                    "image/png");
            Inspection finished = new Inspection(inspection.id(), inspection.siteId(), inspection.assetId(),
                    inspection.templateId(), inspection.templateVersion(), inspection.technicianId(), inspection.startedAt(),
                    now(), failed ? CheckOutcome.FAIL : CheckOutcome.PASS,
                    technicians.find(technician.get()).map(t -> t.name()).orElse(null), signature.id(),
                    customerName.strip(), inspection.notes());
            String fingerprintBefore = dueInputs.fingerprint();
            store.write(technician.get(), tx -> {
                repository.updateInspection(tx, finished);
                return null;
            });
            dueInputs.finishedHere(record.template().code(), finished.assetId(), record.template().items().stream()
                    .filter(item -> record.answers().containsKey(item.id())
                            && record.answers().get(item.id()).outcome() != CheckOutcome.PENDING)
                    .map(ChecklistItem::key).toList(), finished.finishedAt().toLocalDate(), fingerprintBefore);
            return finished;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            if (signatureFile != null) {
                signatureFile.toFile().delete();
            }
        }
    }

    /** Everything an inspection recorded. */
    public InspectionRecord record(UUID inspectionId) {
        Inspection inspection = repository.inspection(inspectionId).orElseThrow(() -> refused("maintenance.noInspection"));
        ChecklistTemplate template = repository.template(inspection.templateId()).orElseThrow();
        Map<UUID, InspectionResult> answers = repository.answers(inspectionId);
        Map<UUID, List<UUID>> photos = new LinkedHashMap<>();
        for (InspectionResult result : answers.values()) {
            List<UUID> ids = attachments.of("inspection_result", result.id()).stream().map(Attachment::id).toList();
            if (!ids.isEmpty()) {
                photos.put(result.id(), ids);
            }
        }
        var asset = assets.find(inspection.assetId());
        return new InspectionRecord(inspection, template, asset.map(a -> a.tag()).orElse(""),
                asset.map(a -> a.name()).orElse(""),
                technicians.find(inspection.technicianId()).map(t -> t.name()).orElse(""), answers, photos,
                repository.faultsRaised(inspectionId));
    }

    /**
     * Raises a fault from a failed answer: asset, category and subcategory from the item's component,
     * the symptom from the check, the reading and the note; linked both ways.
     */
    public Fault raiseFault(UUID inspectionId, UUID itemId, Locale language) {
        InspectionRecord record = record(inspectionId);
        InspectionResult failed = record.answers().get(itemId);
        if (failed == null || failed.outcome() != CheckOutcome.FAIL) {
            throw refused("maintenance.onlyFailed");
        }
        UUID existing = record.faultsByResult().get(failed.id());
        if (existing != null) {
            return faults.find(existing).orElseThrow();
        }
        ChecklistItem item = record.template().items().stream().filter(i -> i.id().equals(itemId)).findFirst().orElseThrow();
        FaultSubcategory subcategory = switch (item.component()) {
            case PSU -> FaultSubcategory.POWER;
            case FAN, HEAT_SINK, CPU -> FaultSubcategory.COOLING;
            case MEMORY -> FaultSubcategory.MEMORY;
            case DISK -> FaultSubcategory.DISK;
            case MOTHERBOARD -> FaultSubcategory.MOTHERBOARD;
            case GPU -> FaultSubcategory.GRAPHICS;
            case NIC -> FaultSubcategory.NETWORK_DEVICE;
            case OTHER -> FaultSubcategory.DAMAGED_DEVICE;
        };
        StringBuilder symptom = new StringBuilder(item.check().in(language));
        if (failed.reading() != null) {
            symptom.append(": ").append(failed.reading().toPlainString()).append(item.unit() == null ? "" : " " + item.unit());
            symptom.append(" (").append(item.lowerLimit() == null ? "…" : item.lowerLimit().toPlainString()).append("–")
                    .append(item.upperLimit() == null ? "…" : item.upperLimit().toPlainString()).append(")");
        } else if (failed.textValue() != null) {
            symptom.append(": ").append(failed.textValue());
        }
        if (failed.note() != null) {
            symptom.append(". ").append(failed.note());
        }
        OffsetDateTime now = now();
        Impact impact = Impact.LOW;
        Urgency urgency = Urgency.MEDIUM;
        Fault fault = new Fault(Ids.next(), record.inspection().siteId(), record.inspection().assetId(),
                "F-%d-%s".formatted(now.getYear(), failed.id().toString().substring(0, 8).toUpperCase(Locale.ROOT)),
                subcategory.category() == null ? FaultCategory.HARDWARE : subcategory.category(), subcategory,
                symptom.toString(), failed.recordedAt(), record.assetTag(), record.technicianName(), null, null, impact,
                urgency, Priority.of(impact, urgency), FaultStatus.REPORTED, technician.get(), now, null, null, null,
                null, null, null, null, null, null, null);
        store.write(technician.get(), tx -> {
            faults.insert(tx, fault);
            repository.linkFault(tx, fault.id(), failed.id());
            faults.appendEvents(tx, List.of(new FaultEvent(Ids.next(), fault.siteId(), fault.id(), FaultEventKind.OBSERVATION,
                    "Raised from inspection " + record.template().code() + " v" + record.template().version() + " of "
                            + record.assetTag(), technician.get(), now)));
            return null;
        });
        return fault;
    }

    private Inspection openInspection(UUID inspectionId) {
        Inspection inspection = repository.inspection(inspectionId).orElseThrow(() -> refused("maintenance.noInspection"));
        if (inspection.finished()) {
            throw refused("maintenance.alreadyFinished", inspection.finishedAt().toLocalDate());
        }
        return inspection;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private RefusedException refused(String key, Object... arguments) {
        return new RefusedException(refusals.get(), key, arguments);
    }
}
