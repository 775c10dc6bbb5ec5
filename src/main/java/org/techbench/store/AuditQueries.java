package org.techbench.store;

import static org.techbench.schema.Tables.AUDIT_EVENT;
import static org.techbench.schema.Tables.COMPONENT;
import static org.techbench.schema.Tables.INSTALLED_SOFTWARE;
import static org.techbench.schema.Tables.TECHNICIAN;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.techbench.domain.audit.AuditAuthor;
import org.techbench.domain.audit.AuditEntry;
import org.techbench.domain.audit.AuditEvent;
import org.techbench.domain.audit.AuditFilter;

/** Reads the audit trail. */
public final class AuditQueries {

    private final Store store;

    public AuditQueries(Store store) {
        this.store = store;
    }

    /** The changes recorded for one row, oldest first. */
    public List<AuditEntry> forRow(UUID rowId) {
        return store.dsl().select(AUDIT_EVENT.HAPPENED_AT, AUDIT_EVENT.ACTION, TECHNICIAN.NAME, AUDIT_EVENT.SUMMARY)
                .from(AUDIT_EVENT).leftJoin(TECHNICIAN).on(TECHNICIAN.ID.eq(AUDIT_EVENT.TECHNICIAN_ID))
                .where(AUDIT_EVENT.ROW_ID.eq(rowId))
                .orderBy(AUDIT_EVENT.HAPPENED_AT, AUDIT_EVENT.ID)
                .fetch(r -> new AuditEntry(r.value1().toInstant(), r.value2(), r.value3(), r.value4()));
    }

    /** The entries the filter lets through, newest first, at most {@code limit}. */
    public List<AuditEvent> find(AuditFilter filter, int limit) {
        return store.dsl().select(AUDIT_EVENT.ID, AUDIT_EVENT.HAPPENED_AT, AUDIT_EVENT.TECHNICIAN_ID, TECHNICIAN.NAME,
                        AUDIT_EVENT.ACTION, AUDIT_EVENT.TABLE_NAME, AUDIT_EVENT.ROW_ID, AUDIT_EVENT.SUMMARY,
                        DSL.coalesce(COMPONENT.ASSET_ID, INSTALLED_SOFTWARE.ASSET_ID))
                .from(AUDIT_EVENT).leftJoin(TECHNICIAN).on(TECHNICIAN.ID.eq(AUDIT_EVENT.TECHNICIAN_ID))
                // A part or software entry opens on its asset: the join finds which.
                .leftJoin(COMPONENT).on(AUDIT_EVENT.TABLE_NAME.eq(COMPONENT.getName()).and(COMPONENT.ID.eq(AUDIT_EVENT.ROW_ID)))
                .leftJoin(INSTALLED_SOFTWARE).on(AUDIT_EVENT.TABLE_NAME.eq(INSTALLED_SOFTWARE.getName())
                        .and(INSTALLED_SOFTWARE.ID.eq(AUDIT_EVENT.ROW_ID)))
                .where(conditions(filter))
                .orderBy(AUDIT_EVENT.HAPPENED_AT.desc(), AUDIT_EVENT.ID.desc())
                .limit(limit)
                .fetch(r -> new AuditEvent(r.value1(), r.value2().toInstant(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value9(), r.value8()));
    }

    /** How many entries the filter lets through. */
    public int count(AuditFilter filter) {
        return store.dsl().fetchCount(AUDIT_EVENT, conditions(filter));
    }

    /** Everyone who appears in the trail, by name. */
    public List<AuditAuthor> authors() {
        return store.dsl().selectDistinct(AUDIT_EVENT.TECHNICIAN_ID, TECHNICIAN.NAME)
                .from(AUDIT_EVENT).leftJoin(TECHNICIAN).on(TECHNICIAN.ID.eq(AUDIT_EVENT.TECHNICIAN_ID))
                .orderBy(TECHNICIAN.NAME)
                .fetch(r -> new AuditAuthor(r.value1(), r.value2() == null ? r.value1().toString() : r.value2()));
    }

    /** The kinds of record the trail mentions (their tables). */
    public List<String> subjects() {
        return store.dsl().selectDistinct(AUDIT_EVENT.TABLE_NAME).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.TABLE_NAME)
                .fetch(AUDIT_EVENT.TABLE_NAME);
    }

    private static List<Condition> conditions(AuditFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        if (filter.technicianId() != null) {
            conditions.add(AUDIT_EVENT.TECHNICIAN_ID.eq(filter.technicianId()));
        }
        if (filter.subject() != null) {
            conditions.add(AUDIT_EVENT.TABLE_NAME.eq(filter.subject()));
        }
        if (filter.from() != null) {
            conditions.add(AUDIT_EVENT.HAPPENED_AT.ge(filter.from().atOffset(ZoneOffset.UTC)));
        }
        if (filter.until() != null) {
            conditions.add(AUDIT_EVENT.HAPPENED_AT.lt(filter.until().atOffset(ZoneOffset.UTC)));
        }
        return conditions;
    }
}
