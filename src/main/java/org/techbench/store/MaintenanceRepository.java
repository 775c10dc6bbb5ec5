package org.techbench.store;

import static org.techbench.schema.Tables.CHECKLIST_ITEM;
import static org.techbench.schema.Tables.CHECKLIST_TEMPLATE;
import static org.techbench.schema.Tables.INSPECTION;
import static org.techbench.schema.Tables.INSPECTION_RESULT;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.ComponentKind;
import org.techbench.domain.maintenance.AnswerType;
import org.techbench.domain.maintenance.CheckFrequency;
import org.techbench.domain.maintenance.ChecklistItem;
import org.techbench.domain.maintenance.ChecklistTemplate;
import org.techbench.domain.maintenance.Inspection;
import org.techbench.domain.maintenance.InspectionResult;
import org.techbench.replication.CapturingTransaction;
import org.techbench.schema.tables.records.ChecklistItemRecord;
import org.techbench.schema.tables.records.ChecklistTemplateRecord;

/** Checklist templates, inspections and their append-only results. */
public final class MaintenanceRepository {

    private final Store store;

    public MaintenanceRepository(Store store) {
        this.store = store;
    }

    public void insertTemplate(CapturingTransaction tx, ChecklistTemplate template) {
        ChecklistTemplateRecord r = new ChecklistTemplateRecord();
        r.setId(template.id());
        r.setSiteId(template.siteId());
        r.setCode(template.code());
        r.setVersion(template.version());
        r.setName(template.name());
        r.setAssetKinds(template.assetKinds().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        tx.insert(r);
        tx.insert(template.items().stream().map(item -> toRecord(item, template.siteId())).toList());
        tx.audit("create", CHECKLIST_TEMPLATE.getName(), template.id(), template.siteId(),
                "Checklist " + template.code() + " v" + template.version());
    }

    public Optional<ChecklistTemplate> latestTemplate(String code) {
        return store.dsl().selectFrom(CHECKLIST_TEMPLATE).where(CHECKLIST_TEMPLATE.CODE.eq(code))
                .and(CHECKLIST_TEMPLATE.ARCHIVED.isFalse())
                .orderBy(CHECKLIST_TEMPLATE.VERSION.desc()).limit(1)
                .fetchOptional()
                .map(t -> new ChecklistTemplate(t.getId(), t.getSiteId(), t.getCode(), t.getVersion(), t.getName(),
                        Arrays.stream(t.getAssetKinds().split(",")).map(AssetKind::valueOf).collect(Collectors.toSet()),
                        items(t.getId())));
    }

    public void insertInspections(CapturingTransaction tx, List<Inspection> inspections) {
        tx.insert(inspections.stream().map(i -> tx.row(INSPECTION, i)).toList());
    }

    public void appendResults(CapturingTransaction tx, List<InspectionResult> results) {
        tx.insert(results.stream().map(r -> tx.row(INSPECTION_RESULT, r)).toList());
    }

    public List<InspectionResult> results(UUID inspectionId) {
        return store.dsl().selectFrom(INSPECTION_RESULT).where(INSPECTION_RESULT.INSPECTION_ID.eq(inspectionId))
                .orderBy(INSPECTION_RESULT.RECORDED_AT, INSPECTION_RESULT.ID)
                .fetchInto(InspectionResult.class);
    }

    public List<Inspection> inspectionsOf(UUID assetId) {
        return store.dsl().selectFrom(INSPECTION).where(INSPECTION.ASSET_ID.eq(assetId))
                .orderBy(INSPECTION.STARTED_AT.desc())
                .fetchInto(Inspection.class);
    }

    private List<ChecklistItem> items(UUID templateId) {
        return store.dsl().selectFrom(CHECKLIST_ITEM).where(CHECKLIST_ITEM.TEMPLATE_ID.eq(templateId))
                .and(CHECKLIST_ITEM.ARCHIVED.isFalse())
                .orderBy(CHECKLIST_ITEM.POSITION)
                .fetch(r -> new ChecklistItem(r.getId(), r.getTemplateId(), r.getPosition(),
                        ComponentKind.valueOf(r.getComponentKind()), r.getCheckText(), r.getMethod(), r.getTools(),
                        CheckFrequency.valueOf(r.getFrequency()), AnswerType.valueOf(r.getAnswerType()), r.getUnit(),
                        r.getLowerLimit(), r.getUpperLimit(), r.getChoices(), r.getRequired()));
    }

    private static ChecklistItemRecord toRecord(ChecklistItem item, UUID siteId) {
        ChecklistItemRecord r = new ChecklistItemRecord();
        r.setId(item.id());
        r.setSiteId(siteId);
        r.setTemplateId(item.templateId());
        r.setPosition(item.position());
        r.setComponentKind(item.component().name());
        r.setCheckText(item.check());
        r.setMethod(item.method());
        r.setTools(item.tools());
        r.setFrequency(item.frequency().name());
        r.setAnswerType(item.answerType().name());
        r.setUnit(item.unit());
        r.setLowerLimit(item.lowerLimit());
        r.setUpperLimit(item.upperLimit());
        r.setChoices(item.choices());
        r.setRequired(item.required());
        return r;
    }
}
