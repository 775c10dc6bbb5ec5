package org.techbench.replication;

import static org.techbench.schema.Tables.SYNC_BULK_WRITE;
import static org.techbench.schema.Tables.SYNC_OUTBOX;

import java.util.List;
import org.jooq.Condition;
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

    /** Hears how far an undo has got: rows taken back, of how many. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (rows, of) -> { };

        void undone(long rows, long of);
    }

    /** Undoes every bulk write a stopped laptop left unfinished, on a connection outside any transaction. */
    public static void undoUnfinished(DSLContext dsl) {
        for (var unfinished : dsl.selectFrom(SYNC_BULK_WRITE).orderBy(SYNC_BULK_WRITE.FIRST_SEQ.desc()).fetch()) {
            long rows = undo(dsl, unfinished.getFirstSeq(), Listener.NONE);
            LOG.warn("A bulk write begun at {} did not finish (the laptop stopped during an import): its {} rows were removed",
                    unfinished.getStartedAt(), rows);
        }
    }

    /** Removes what the bulk write from {@code firstSeq} committed, and its journal entry; returns the rows removed. */
    public static long undo(DSLContext dsl, long firstSeq, Listener listener) {
        long total = dsl.fetchCount(SYNC_OUTBOX, SYNC_OUTBOX.SEQ.ge(firstSeq));
        long removed = 0;
        while (true) {
            listener.undone(removed, total);
            int done = dsl.transactionResult(configuration -> undoPart(DSL.using(configuration), firstSeq));
            if (done == 0) {
                return removed;
            }
            removed += done;
        }
    }

    private static int undoPart(DSLContext dsl, long firstSeq) {
        Long last = dsl.select(SYNC_OUTBOX.SEQ).from(SYNC_OUTBOX).where(SYNC_OUTBOX.SEQ.ge(firstSeq))
                .orderBy(SYNC_OUTBOX.SEQ.desc()).limit(1).fetchOne(SYNC_OUTBOX.SEQ);
        if (last == null) {
            dsl.deleteFrom(SYNC_BULK_WRITE).where(SYNC_BULK_WRITE.FIRST_SEQ.eq(firstSeq)).execute();
            return 0;
        }
        // The newest entries first: a part's rows are named by its entries, which go last.
        Condition part = SYNC_OUTBOX.SEQ.between(Math.max(firstSeq, last - PART + 1), last);
        List<String> tables = dsl.selectDistinct(SYNC_OUTBOX.TABLE_NAME).from(SYNC_OUTBOX).where(part).fetch(SYNC_OUTBOX.TABLE_NAME);
        for (String table : tables) {
            SyncedTable synced = SyncedTable.named(table);
            dsl.deleteFrom(synced.table()).where(synced.id().in(DSL.select(SYNC_OUTBOX.ROW_ID).from(SYNC_OUTBOX)
                    .where(part).and(SYNC_OUTBOX.TABLE_NAME.eq(table)))).execute();
        }
        return dsl.deleteFrom(SYNC_OUTBOX).where(part).execute();
    }
}
