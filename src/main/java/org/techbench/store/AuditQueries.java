package org.techbench.store;

import static org.techbench.schema.Tables.AUDIT_EVENT;
import static org.techbench.schema.Tables.TECHNICIAN;

import java.util.List;
import java.util.UUID;
import org.techbench.domain.audit.AuditEntry;

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
}
