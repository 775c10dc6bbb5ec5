package org.techbench.sync.hub;

import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.techbench.domain.sync.SnapshotPage;
import org.techbench.domain.sync.SnapshotPageCollector;
import org.techbench.domain.sync.SnapshotRowSink;
import org.techbench.replication.SnapshotRows;
import org.techbench.replication.SyncedTable;
import org.techbench.sync.HubApi;

/** The hub's synced tables read for a laptop's first sync, page by page, only the sites the caller may see. */
final class SnapshotReader {

    private final DSLContext dsl;
    private final LogReader log;

    private final HubMerges merges;

    SnapshotReader(DSLContext dsl, LogReader log, HubMerges merges) {
        this.dsl = dsl;
        this.log = log;
        this.merges = merges;
    }

    /** The log position a snapshot taken now starts at, the tables it copies, how many rows the caller will get, the merges before it. */
    HubApi.SnapshotStart snapshotStart(Caller caller) {
        long cursor = log.head();
        long rows = 0;
        for (SyncedTable synced : SyncedTable.all()) {
            rows += dsl.fetchCount(synced.table(), LogReader.scope(caller, synced));
        }
        return new HubApi.SnapshotStart(cursor, SyncedTable.all().stream().map(SyncedTable::name).toList(), rows,
                merges.mergesFor(dsl, caller));
    }

    /** One page of a table's rows after {@code after}, in id order, only the sites the caller may see. */
    SnapshotPage snapshot(Caller caller, String table, UUID after, int limit) {
        var page = new SnapshotPageCollector();
        snapshot(caller, table, after, limit, page);
        return page.page();
    }

    /** {@link #snapshot(Caller, String, UUID, int)}, each row handed to {@code sink} as it is read. */
    void snapshot(Caller caller, String table, UUID after, int limit, SnapshotRowSink sink) {
        if (!SyncedTable.exists(table)) {
            throw new HubRefusal(400, "hub.notSyncedTable", table);
        }
        SyncedTable synced = SyncedTable.named(table);
        int size = Math.clamp(limit, 1, LogReader.LARGEST_PAGE);
        Condition condition = LogReader.scope(caller, synced);
        if (after != null) {
            condition = condition.and(synced.id().gt(after));
        }
        SnapshotRows.Streamed streamed = SnapshotRows.stream(dsl, table,
                dsl.selectFrom(synced.table()).where(condition).orderBy(synced.id()).limit(size), sink);
        sink.end(streamed.rows() == 0 ? after : streamed.lastId(), streamed.rows() < size, log.head());
    }

    /** The hub's current version of some rows the caller may see. */
    HubApi.Rows rows(Caller caller, HubApi.RowsWanted wanted) {
        if (!SyncedTable.exists(wanted.table()) || wanted.ids() == null || wanted.ids().size() > LogReader.LARGEST_PAGE) {
            throw new HubRefusal(400, "hub.pageTooLarge", LogReader.LARGEST_PAGE);
        }
        SyncedTable synced = SyncedTable.named(wanted.table());
        var rows = dsl.selectFrom(synced.table()).where(LogReader.scope(caller, synced).and(synced.id().in(wanted.ids()))).fetch();
        return new HubApi.Rows(SnapshotRows.of(rows));
    }
}
