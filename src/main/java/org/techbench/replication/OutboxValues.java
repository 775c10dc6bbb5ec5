package org.techbench.replication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techbench.schema.tables.records.SyncOutboxRecord;

/**
 * The values of outbox entries that a bulk write left without them (see
 * {@link CapturingTransaction#readInsertsWhenSent}): read from their rows as they go up, in full, as
 * the row's creation. A row edited since then sends its newer values with the creation; the edit's
 * own entries follow with their later clocks, so the hub ends with the same row.
 */
public final class OutboxValues {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxValues.class);
    private static final int BATCH = 1_000;

    private OutboxValues() {
    }

    /**
     * Fills in the values of the entries that have none, from the rows in {@code dsl}'s store, and
     * returns the entries; an entry whose row is gone is left out (there is nothing to send).
     */
    public static List<SyncOutboxRecord> filledIn(DSLContext dsl, List<SyncOutboxRecord> entries) {
        Map<String, List<UUID>> missing = new LinkedHashMap<>();
        for (SyncOutboxRecord entry : entries) {
            if (entry.getChanges() == null) {
                missing.computeIfAbsent(entry.getTableName(), table -> new ArrayList<>()).add(entry.getRowId());
            }
        }
        if (missing.isEmpty()) {
            return entries;
        }
        Map<RowRef, String> values = new HashMap<>();
        missing.forEach((table, ids) -> {
            SyncedTable synced = SyncedTable.named(table);
            for (int i = 0; i < ids.size(); i += BATCH) {
                for (Record row : dsl.selectFrom(synced.table()).where(synced.id().in(ids.subList(i, Math.min(ids.size(), i + BATCH))))
                        .fetch()) {
                    values.put(new RowRef(table, row.get(synced.id())), creationOf(synced, row));
                }
            }
        });
        List<SyncOutboxRecord> filled = new ArrayList<>(entries.size());
        for (SyncOutboxRecord entry : entries) {
            if (entry.getChanges() == null) {
                String changes = values.get(new RowRef(entry.getTableName(), entry.getRowId()));
                if (changes == null) {
                    LOG.error("Outbox entry {} names {} row {}, which is gone: nothing of it is sent",
                            entry.getSeq(), entry.getTableName(), entry.getRowId());
                    continue;
                }
                entry.setChanges(changes);
            }
            filled.add(entry);
        }
        return filled;
    }

    /** The row as its creation: causal length 1, whatever later removals made of it (their own entries follow). */
    private static String creationOf(SyncedTable synced, Record row) {
        if (synced.mutable()) {
            row.set(synced.causalLength(), 1);
        }
        return ChangeJson.of(row, true);
    }
}
