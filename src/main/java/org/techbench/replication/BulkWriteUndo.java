package org.techbench.replication;

import static org.techbench.schema.Tables.SYNC_BULK_WRITE;
import static org.techbench.schema.Tables.SYNC_OUTBOX;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes back the committed parts of a bulk write that did not finish (see
 * {@link CapturingTransaction#endPart}): the rows its outbox entries name, then the entries,
 * newest first and a part at a time, so that an undo cut off in turn goes on at the next open.
 */
public final class BulkWriteUndo {

    private static final Logger LOG = LoggerFactory.getLogger(BulkWriteUndo.class);
    private static final int PART = 20_000;

    private BulkWriteUndo() {
    }

    /** The first sequence number of the oldest unfinished bulk write, or {@code Long.MAX_VALUE}: sync sends only what is before it. */
    public static long firstUnfinishedSeq(DSLContext dsl) {
        Long first = dsl.select(DSL.min(SYNC_BULK_WRITE.FIRST_SEQ)).from(SYNC_BULK_WRITE).fetchOne(0, Long.class);
        return first == null ? Long.MAX_VALUE : first;
    }

    /** Undoes every bulk write a stopped laptop left unfinished, on a connection outside any transaction. */
    public static void undoUnfinished(DSLContext dsl) {
        for (var unfinished : dsl.selectFrom(SYNC_BULK_WRITE).orderBy(SYNC_BULK_WRITE.FIRST_SEQ.desc()).fetch()) {
            long rows = undo(dsl, unfinished.getFirstSeq());
            LOG.warn("A bulk write begun at {} did not finish (the laptop stopped during an import): its {} rows were removed",
                    unfinished.getStartedAt(), rows);
        }
    }

    /** Removes what the bulk write from {@code firstSeq} committed, and its journal entry; returns the rows removed. */
    public static long undo(DSLContext dsl, long firstSeq) {
        long removed = 0;
        while (true) {
            int done = dsl.transactionResult(configuration -> undoPart(DSL.using(configuration), firstSeq));
            if (done == 0) {
                return removed;
            }
            removed += done;
        }
    }

    private static int undoPart(DSLContext dsl, long firstSeq) {
        var entries = dsl.select(SYNC_OUTBOX.SEQ, SYNC_OUTBOX.TABLE_NAME, SYNC_OUTBOX.ROW_ID).from(SYNC_OUTBOX)
                .where(SYNC_OUTBOX.SEQ.ge(firstSeq)).orderBy(SYNC_OUTBOX.SEQ.desc()).limit(PART).fetch();
        if (entries.isEmpty()) {
            dsl.deleteFrom(SYNC_BULK_WRITE).where(SYNC_BULK_WRITE.FIRST_SEQ.eq(firstSeq)).execute();
            return 0;
        }
        Map<String, List<UUID>> rowsByTable = new LinkedHashMap<>();
        entries.forEach(entry -> rowsByTable.computeIfAbsent(entry.value2(), table -> new ArrayList<>()).add(entry.value3()));
        dsl.connection(connection -> {
            for (var table : rowsByTable.entrySet()) {
                SyncedTable synced = SyncedTable.named(table.getKey());
                String delete = dsl.render(dsl.deleteFrom(synced.table()).where(synced.id().eq(DSL.param("id", UUID.class))));
                try (PreparedStatement statement = connection.prepareStatement(delete)) {
                    for (UUID id : table.getValue()) {
                        statement.setObject(1, id);
                        statement.addBatch();
                    }
                    statement.executeBatch();
                }
            }
        });
        dsl.deleteFrom(SYNC_OUTBOX).where(SYNC_OUTBOX.SEQ.ge(entries.getLast().value1())).execute();
        return entries.size();
    }
}
