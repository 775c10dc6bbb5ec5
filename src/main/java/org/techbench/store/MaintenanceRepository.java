package org.techbench.store;

import static org.techbench.schema.Tables.ASSET;
import static org.techbench.schema.Tables.CHECKLIST_ITEM;
import static org.techbench.schema.Tables.CHECKLIST_TEMPLATE;
import static org.techbench.schema.Tables.FAULT;
import static org.techbench.schema.Tables.INSPECTION;
import static org.techbench.schema.Tables.INSPECTION_RESULT;
import static org.techbench.schema.Tables.SITE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jooq.impl.DSL;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.ComponentKind;
import org.techbench.domain.maintenance.AnswerType;
import org.techbench.domain.maintenance.Bilingual;
import org.techbench.domain.maintenance.CheckFrequency;
import org.techbench.domain.maintenance.CheckOutcome;
import org.techbench.domain.maintenance.ChecklistItem;
import org.techbench.domain.maintenance.ChecklistTemplate;
import org.techbench.domain.maintenance.Inspection;
import org.techbench.domain.maintenance.InspectionResult;
import org.techbench.domain.maintenance.Scheduling;
import org.techbench.replication.CapturingTransaction;
import org.techbench.schema.tables.records.ChecklistItemRecord;
import org.techbench.schema.tables.records.ChecklistTemplateRecord;

/** Checklist templates and their versions, inspections and their append-only results. */
public final class MaintenanceRepository {

    /** An asset as the due list needs it. */
    public record DueAsset(UUID id, UUID siteId, String siteCode, String tag, String name, AssetKind kind,
                           LocalDate purchasedOn) {
    }

    /** When an asset last had one item of one template done. */
    public record LastDone(UUID assetId, UUID itemId, LocalDate on) {
    }

    private final Store store;

    /**
     * One answer of a finished inspection as the maintenance report prints it: when, on which
     * asset, which check (in both languages) with its limits, what was found, by whom, and the
     * fault raised from it (null when none).
     */
    public record ResultLine(OffsetDateTime finishedAt, String assetTag, String assetName, UUID templateId,
                             String checkEn, String checkZh, String component, String outcome, BigDecimal reading,
                             String unit, BigDecimal lower, BigDecimal upper, String text, String note,
                             UUID technicianId, String faultNumber, String faultStatus) {
    }

    public MaintenanceRepository(Store store) {
        this.store = store;
    }

    public void insertTemplate(CapturingTransaction tx, ChecklistTemplate template) {
        ChecklistTemplateRecord r = new ChecklistTemplateRecord();
        r.setId(template.id());
        r.setSiteId(template.siteId());
        r.setCode(template.code());
        r.setVersion(template.version());
        r.setName(template.name().english());
        r.setNameZh(template.name().chinese());
        r.setAssetKinds(template.assetKinds().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        r.setScheduling(template.scheduling().name());
        r.setArchived(false);
        tx.insert(r);
        tx.insert(template.items().stream().map(item -> toRecord(item, template.siteId())).toList());
        tx.audit("create", CHECKLIST_TEMPLATE.getName(), template.id(), template.siteId(),
                "Checklist " + template.code() + " v" + template.version());
    }

    /** Retires every version of a template: no new inspections start from it; finished ones keep it. */
    public void archiveTemplate(CapturingTransaction tx, String code) {
        for (UUID id : store.dsl().select(CHECKLIST_TEMPLATE.ID).from(CHECKLIST_TEMPLATE)
                .where(CHECKLIST_TEMPLATE.CODE.eq(code)).fetch(CHECKLIST_TEMPLATE.ID)) {
            tx.update(CHECKLIST_TEMPLATE, id, Map.of(CHECKLIST_TEMPLATE.ARCHIVED, true));
        }
    }

    public boolean templateExists(UUID id) {
        return store.dsl().fetchExists(CHECKLIST_TEMPLATE, CHECKLIST_TEMPLATE.ID.eq(id));
    }

    public Optional<ChecklistTemplate> latestTemplate(String code) {
        return store.dsl().selectFrom(CHECKLIST_TEMPLATE).where(CHECKLIST_TEMPLATE.CODE.eq(code))
                .and(CHECKLIST_TEMPLATE.ARCHIVED.isFalse())
                .orderBy(CHECKLIST_TEMPLATE.VERSION.desc()).limit(1)
                .fetchOptional().map(this::template);
    }

    /** The newest version of every template in use, by code. */
    public List<ChecklistTemplate> latestTemplates() {
        var latest = DSL.select(CHECKLIST_TEMPLATE.CODE, DSL.max(CHECKLIST_TEMPLATE.VERSION).as("version"))
                .from(CHECKLIST_TEMPLATE).where(CHECKLIST_TEMPLATE.ARCHIVED.isFalse())
                .groupBy(CHECKLIST_TEMPLATE.CODE).asTable("latest");
        return store.dsl().select(CHECKLIST_TEMPLATE.fields()).from(CHECKLIST_TEMPLATE)
                .join(latest).on(latest.field(CHECKLIST_TEMPLATE.CODE).eq(CHECKLIST_TEMPLATE.CODE)
                        .and(latest.field("version", Integer.class).eq(CHECKLIST_TEMPLATE.VERSION)))
                .orderBy(CHECKLIST_TEMPLATE.CODE)
                .fetchInto(CHECKLIST_TEMPLATE).map(this::template);
    }

    /** A template at the version given by its id, archived or not: what a finished inspection was done with. */
    public Optional<ChecklistTemplate> template(UUID id) {
        return store.dsl().selectFrom(CHECKLIST_TEMPLATE).where(CHECKLIST_TEMPLATE.ID.eq(id)).fetchOptional()
                .map(this::template);
    }

    public void insertInspection(CapturingTransaction tx, Inspection inspection) {
        tx.insert(tx.row(INSPECTION, inspection));
    }

    public void insertInspections(CapturingTransaction tx, List<Inspection> inspections) {
        tx.insert(inspections.stream().map(i -> tx.row(INSPECTION, i)).toList());
    }

    public void updateInspection(CapturingTransaction tx, Inspection inspection) {
        tx.updateFrom(tx.row(INSPECTION, inspection));
    }

    public void appendResults(CapturingTransaction tx, List<InspectionResult> results) {
        tx.insert(results.stream().map(r -> tx.row(INSPECTION_RESULT, r)).toList());
    }

    /** Records on the fault the failed result it was raised from. */
    public void linkFault(CapturingTransaction tx, UUID faultId, UUID resultId) {
        tx.update(FAULT, faultId, Map.of(FAULT.INSPECTION_RESULT_ID, resultId));
    }

    /** The fault raised from each failed result of an inspection, by result. */
    /**
     * Every answer of the inspections finished in [from, to), at one site or all (null), in the
     * order they were finished; read with a cursor, so a report of a million answers streams.
     */
    public void resultsBetween(UUID siteId, OffsetDateTime from, OffsetDateTime to, Consumer<ResultLine> each) {
        org.jooq.Condition where = INSPECTION.FINISHED_AT.ge(from).and(INSPECTION.FINISHED_AT.lt(to))
                .and(INSPECTION.ARCHIVED.isFalse());
        if (siteId != null) {
            where = where.and(INSPECTION.SITE_ID.eq(siteId));
        }
        // The faults raised from results are few: read apart, as the fault table has no index on its result.
        record Raised(String number, String status) {
        }
        Map<UUID, Raised> raised = new java.util.HashMap<>();
        store.dsl().select(FAULT.INSPECTION_RESULT_ID, FAULT.NUMBER, FAULT.STATUS).from(FAULT)
                .where(FAULT.INSPECTION_RESULT_ID.isNotNull())
                .forEach(r -> raised.put(r.value1(), new Raised(r.value2(), r.value3())));
        try (var cursor = store.dsl().select(INSPECTION.FINISHED_AT, ASSET.TAG, ASSET.NAME, INSPECTION.TEMPLATE_ID,
                        CHECKLIST_ITEM.CHECK_TEXT, CHECKLIST_ITEM.CHECK_TEXT_ZH, CHECKLIST_ITEM.COMPONENT_KIND,
                        INSPECTION_RESULT.OUTCOME, INSPECTION_RESULT.READING, CHECKLIST_ITEM.UNIT,
                        CHECKLIST_ITEM.LOWER_LIMIT, CHECKLIST_ITEM.UPPER_LIMIT, INSPECTION_RESULT.TEXT_VALUE,
                        INSPECTION_RESULT.NOTE, INSPECTION.TECHNICIAN_ID, INSPECTION_RESULT.ID)
                .from(INSPECTION)
                .join(INSPECTION_RESULT).on(INSPECTION_RESULT.INSPECTION_ID.eq(INSPECTION.ID))
                .join(ASSET).on(ASSET.ID.eq(INSPECTION.ASSET_ID))
                .join(CHECKLIST_ITEM).on(CHECKLIST_ITEM.ID.eq(INSPECTION_RESULT.ITEM_ID))
                .where(where)
                .orderBy(INSPECTION.FINISHED_AT, ASSET.TAG, CHECKLIST_ITEM.POSITION)
                .fetchSize(1_000).fetchLazy()) {
            for (var r : cursor) {
                var fault = raised.get(r.value16());
                each.accept(new ResultLine(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9(), r.value10(), r.value11(), r.value12(), r.value13(), r.value14(), r.value15(),
                        fault == null ? null : fault.number(), fault == null ? null : fault.status()));
            }
        }
    }

    public Map<UUID, UUID> faultsRaised(UUID inspectionId) {
        return store.dsl().select(FAULT.INSPECTION_RESULT_ID, FAULT.ID).from(FAULT)
                .join(INSPECTION_RESULT).on(INSPECTION_RESULT.ID.eq(FAULT.INSPECTION_RESULT_ID))
                .where(INSPECTION_RESULT.INSPECTION_ID.eq(inspectionId))
                .fetchMap(FAULT.INSPECTION_RESULT_ID, FAULT.ID);
    }

    public Optional<Inspection> inspection(UUID id) {
        return store.dsl().selectFrom(INSPECTION).where(INSPECTION.ID.eq(id)).fetchOptionalInto(Inspection.class);
    }

    /** Every answer given, oldest first; a later answer to the same item replaces an earlier one. */
    public List<InspectionResult> results(UUID inspectionId) {
        return store.dsl().selectFrom(INSPECTION_RESULT).where(INSPECTION_RESULT.INSPECTION_ID.eq(inspectionId))
                .orderBy(INSPECTION_RESULT.RECORDED_AT, INSPECTION_RESULT.HLC)
                .fetchInto(InspectionResult.class);
    }

    /** The newest answer to each item of an inspection, by item. */
    public Map<UUID, InspectionResult> answers(UUID inspectionId) {
        Map<UUID, InspectionResult> answers = new LinkedHashMap<>();
        results(inspectionId).forEach(result -> answers.put(result.itemId(), result));
        return answers;
    }

    public List<Inspection> inspectionsOf(UUID assetId) {
        return store.dsl().selectFrom(INSPECTION).where(INSPECTION.ASSET_ID.eq(assetId))
                .and(INSPECTION.ARCHIVED.isFalse())
                .orderBy(INSPECTION.STARTED_AT.desc())
                .fetchInto(Inspection.class);
    }

    /** Inspections started and not finished, newest first. */
    public List<Inspection> unfinished() {
        return store.dsl().selectFrom(INSPECTION).where(INSPECTION.OUTCOME.eq(CheckOutcome.PENDING.name()))
                .and(INSPECTION.ARCHIVED.isFalse())
                .orderBy(INSPECTION.STARTED_AT.desc())
                .fetchInto(Inspection.class);
    }

    /** Finished inspections, newest first, of one asset or site when given; at most {@code limit}. */
    public List<Inspection> finished(UUID assetId, UUID siteId, int limit) {
        var condition = INSPECTION.FINISHED_AT.isNotNull().and(INSPECTION.ARCHIVED.isFalse());
        if (assetId != null) {
            condition = condition.and(INSPECTION.ASSET_ID.eq(assetId));
        }
        if (siteId != null) {
            condition = condition.and(INSPECTION.SITE_ID.eq(siteId));
        }
        return store.dsl().selectFrom(INSPECTION).where(condition).orderBy(INSPECTION.FINISHED_AT.desc())
                .limit(limit).fetchInto(Inspection.class);
    }

    /** Assets in service that checks fall due on. */
    public List<DueAsset> assetsInService() {
        return store.dsl().select(ASSET.ID, ASSET.SITE_ID, SITE.CODE, ASSET.TAG, ASSET.NAME, ASSET.KIND, ASSET.PURCHASED_ON)
                .from(ASSET).join(SITE).on(SITE.ID.eq(ASSET.SITE_ID))
                .where(ASSET.ARCHIVED.isFalse()).and(ASSET.STATUS.eq("IN_SERVICE")).and(SITE.ARCHIVED.isFalse())
                .fetch(r -> new DueAsset(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        AssetKind.valueOf(r.value6()), r.value7()));
    }

    /**
     * Streams, for every asset and item answered in a finished inspection, the day it was last
     * done: one pass over the results, grouped by the database.
     */
    public void lastDone(Consumer<LastDone> sink) {
        var done = DSL.max(INSPECTION.FINISHED_AT);
        store.dsl().select(INSPECTION.ASSET_ID, INSPECTION_RESULT.ITEM_ID, done)
                .from(INSPECTION_RESULT).join(INSPECTION).on(INSPECTION.ID.eq(INSPECTION_RESULT.INSPECTION_ID))
                .where(INSPECTION.FINISHED_AT.isNotNull()).and(INSPECTION.ARCHIVED.isFalse())
                .and(INSPECTION_RESULT.OUTCOME.ne(CheckOutcome.PENDING.name()))
                .groupBy(INSPECTION.ASSET_ID, INSPECTION_RESULT.ITEM_ID)
                .fetchSize(10_000)
                .forEach(r -> sink.accept(new LastDone(r.value1(), r.value2(), r.value3().toLocalDate())));
    }

    /**
     * A value that changes whenever a finished inspection is added or changed, locally or by sync:
     * their number and the newest clock among them.
     */
    public String finishedFingerprint() {
        var r = store.dsl().select(DSL.count(), DSL.max(INSPECTION.HLC)).from(INSPECTION)
                .where(INSPECTION.FINISHED_AT.isNotNull()).fetchSingle();
        return r.value1() + ":" + r.value2();
    }

    /** Every item of every template version: the item ids results point at, with their template. */
    public Map<UUID, ChecklistItem> everyItem() {
        return store.dsl().selectFrom(CHECKLIST_ITEM).fetch(this::item).stream()
                .collect(Collectors.toMap(ChecklistItem::id, item -> item));
    }

    /** The codes of templates by id, every version. */
    public Map<UUID, String> templateCodes() {
        return store.dsl().select(CHECKLIST_TEMPLATE.ID, CHECKLIST_TEMPLATE.CODE).from(CHECKLIST_TEMPLATE)
                .fetchMap(CHECKLIST_TEMPLATE.ID, CHECKLIST_TEMPLATE.CODE);
    }

    private ChecklistTemplate template(ChecklistTemplateRecord t) {
        return new ChecklistTemplate(t.getId(), t.getSiteId(), t.getCode(), t.getVersion(),
                new Bilingual(t.getName(), t.getNameZh()),
                Arrays.stream(t.getAssetKinds().split(",")).filter(k -> !k.isBlank()).map(AssetKind::valueOf)
                        .collect(Collectors.toSet()),
                Scheduling.valueOf(t.getScheduling()), items(t.getId()));
    }

    private List<ChecklistItem> items(UUID templateId) {
        return store.dsl().selectFrom(CHECKLIST_ITEM).where(CHECKLIST_ITEM.TEMPLATE_ID.eq(templateId))
                .and(CHECKLIST_ITEM.ARCHIVED.isFalse())
                .orderBy(CHECKLIST_ITEM.POSITION)
                .fetch(this::item);
    }

    private ChecklistItem item(ChecklistItemRecord r) {
        return new ChecklistItem(r.getId(), r.getTemplateId(), r.getPosition(), r.getItemKey(),
                ComponentKind.valueOf(r.getComponentKind()), new Bilingual(r.getCheckText(), r.getCheckTextZh()),
                r.getMethod() == null ? null : new Bilingual(r.getMethod(), r.getMethodZh()),
                r.getTools() == null ? null : new Bilingual(r.getTools(), r.getToolsZh()),
                CheckFrequency.valueOf(r.getFrequency()), AnswerType.valueOf(r.getAnswerType()), r.getUnit(),
                r.getLowerLimit(), r.getUpperLimit(), r.getChoices(), r.getRequired(), r.getPhotoWanted());
    }

    private static ChecklistItemRecord toRecord(ChecklistItem item, UUID siteId) {
        ChecklistItemRecord r = new ChecklistItemRecord();
        r.setId(item.id());
        r.setSiteId(siteId);
        r.setTemplateId(item.templateId());
        r.setPosition(item.position());
        r.setItemKey(item.key());
        r.setComponentKind(item.component().name());
        r.setCheckText(item.check().english());
        r.setCheckTextZh(item.check().chinese());
        r.setMethod(item.method() == null ? null : item.method().english());
        r.setMethodZh(item.method() == null ? null : item.method().chinese());
        r.setTools(item.tools() == null ? null : item.tools().english());
        r.setToolsZh(item.tools() == null ? null : item.tools().chinese());
        r.setFrequency(item.frequency().name());
        r.setAnswerType(item.answerType().name());
        r.setUnit(item.unit());
        r.setLowerLimit(item.lowerLimit());
        r.setUpperLimit(item.upperLimit());
        r.setChoices(item.choices());
        r.setRequired(item.required());
        r.setPhotoWanted(item.photoWanted());
        r.setArchived(false);
        return r;
    }
}
