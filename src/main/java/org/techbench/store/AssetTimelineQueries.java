package org.techbench.store;

import static org.techbench.schema.Tables.CHECKLIST_TEMPLATE;
import static org.techbench.schema.Tables.COMPONENT;
import static org.techbench.schema.Tables.FAULT;
import static org.techbench.schema.Tables.INSPECTION;
import static org.techbench.schema.Tables.PROCEDURE_RUN;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.techbench.domain.asset.TimelineEntry;
import org.techbench.domain.asset.TimelineKind;

/** An asset's history: inspections, faults, procedure runs and component changes, newest first. */
public final class AssetTimelineQueries {

    private final Store store;

    public AssetTimelineQueries(Store store) {
        this.store = store;
    }

    public List<TimelineEntry> timeline(UUID assetId, Locale language) {
        List<TimelineEntry> entries = new ArrayList<>();
        var templateName = "zh".equals(language.getLanguage())
                ? DSL.coalesce(CHECKLIST_TEMPLATE.NAME_ZH, CHECKLIST_TEMPLATE.NAME) : CHECKLIST_TEMPLATE.NAME;
        store.dsl().select(INSPECTION.ID, INSPECTION.STARTED_AT, INSPECTION.OUTCOME, templateName)
                .from(INSPECTION).leftJoin(CHECKLIST_TEMPLATE).on(CHECKLIST_TEMPLATE.ID.eq(INSPECTION.TEMPLATE_ID))
                .where(INSPECTION.ASSET_ID.eq(assetId)).and(INSPECTION.ARCHIVED.isFalse())
                .forEach(r -> entries.add(new TimelineEntry(r.value2().toInstant(), false, TimelineKind.INSPECTION,
                        r.value1(), r.value4() == null ? "" : r.value4(), r.value3(), "")));
        store.dsl().select(FAULT.ID, FAULT.REPORTED_AT, FAULT.NUMBER, FAULT.SYMPTOM, FAULT.STATUS, FAULT.PRIORITY)
                .from(FAULT).where(FAULT.ASSET_ID.eq(assetId)).and(FAULT.ARCHIVED.isFalse())
                .forEach(r -> entries.add(new TimelineEntry(r.value2().toInstant(), false, TimelineKind.FAULT, r.value1(),
                        r.value3() + " " + r.value4(), r.value5(), r.value6())));
        store.dsl().select(PROCEDURE_RUN.ID, PROCEDURE_RUN.STARTED_AT, PROCEDURE_RUN.PROCEDURE_CODE, PROCEDURE_RUN.STATUS)
                .from(PROCEDURE_RUN).where(PROCEDURE_RUN.ASSET_ID.eq(assetId)).and(PROCEDURE_RUN.ARCHIVED.isFalse())
                .forEach(r -> entries.add(new TimelineEntry(r.value2().toInstant(), false, TimelineKind.PROCEDURE_RUN,
                        r.value1(), r.value3(), r.value4(), "")));
        store.dsl().select(COMPONENT.ID, COMPONENT.KIND, COMPONENT.MAKE, COMPONENT.MODEL, COMPONENT.SERIAL,
                        COMPONENT.FITTED_ON, COMPONENT.REMOVED_ON)
                .from(COMPONENT).where(COMPONENT.ASSET_ID.eq(assetId)).and(COMPONENT.ARCHIVED.isFalse())
                .forEach(r -> {
                    String part = String.join(" ", nonNull(r.value3()), nonNull(r.value4())).strip();
                    String serial = nonNull(r.value5());
                    if (r.value6() != null) {
                        entries.add(new TimelineEntry(startOf(r.value6()), true, TimelineKind.COMPONENT_FITTED,
                                r.value1(), part, r.value2(), serial));
                    }
                    if (r.value7() != null) {
                        entries.add(new TimelineEntry(startOf(r.value7()), true, TimelineKind.COMPONENT_REMOVED,
                                r.value1(), part, r.value2(), serial));
                    }
                });
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed()
                .thenComparing(e -> e.kind() == TimelineKind.COMPONENT_REMOVED ? 0 : 1));
        return entries;
    }

    private static java.time.Instant startOf(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
