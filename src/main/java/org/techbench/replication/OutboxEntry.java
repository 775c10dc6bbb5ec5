package org.techbench.replication;

import static org.techbench.schema.Tables.SYNC_OUTBOX;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jooq.Field;
import org.techbench.domain.sync.Stamp;

/** One local change waiting to go up, as a local write queues it: a row of {@code sync_outbox}. */
record OutboxEntry(long seq, UUID mutationId, String tableName, UUID rowId, UUID siteId, Stamp stamp,
                   String changes, UUID technicianId, OffsetDateTime createdAt) {

    /** The columns {@link #values()} fills, in its order. */
    static final List<Field<?>> COLUMNS = List.of(SYNC_OUTBOX.SEQ, SYNC_OUTBOX.MUTATION_ID, SYNC_OUTBOX.TABLE_NAME,
            SYNC_OUTBOX.ROW_ID, SYNC_OUTBOX.SITE_ID, SYNC_OUTBOX.HLC, SYNC_OUTBOX.NODE_ID, SYNC_OUTBOX.CHANGES,
            SYNC_OUTBOX.SCHEMA_VERSION, SYNC_OUTBOX.TECHNICIAN_ID, SYNC_OUTBOX.CREATED_AT);

    List<Object> values() {
        return Arrays.asList(seq, mutationId, tableName, rowId, siteId, stamp.hlc(), stamp.node(), changes,
                SchemaVersion.CURRENT, technicianId, createdAt);
    }
}
