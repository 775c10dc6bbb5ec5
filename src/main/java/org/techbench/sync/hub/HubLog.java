package org.techbench.sync.hub;

import java.time.Clock;
import java.util.UUID;
import org.techbench.domain.sync.ChangeRules;
import org.techbench.domain.sync.PulledPage;
import org.techbench.domain.sync.SnapshotPage;
import org.techbench.domain.sync.SnapshotRowSink;
import org.techbench.sync.HubApi;

/**
 * The hub's side of sync: applies pushed mutations (each atomically, once, in sequence, within
 * the pusher's scope) and appends their effect to the change log in one serial order; serves the
 * log, snapshots and single rows to the sites each caller may see.
 */
public final class HubLog {

    private final PushReceiver pushes;
    private final LogReader log;
    private final SnapshotReader snapshots;

    public HubLog(HubDatabase database, Clock clock) {
        var statements = new PushStatements(database.dsl());
        ChangeRules rules = ChangeRules.standard();
        HubMerges merges = new HubMerges(rules);
        this.pushes = new PushReceiver(database.dsl(), clock, statements,
                new PushValidation(clock, statements, rules, merges), merges);
        this.log = new LogReader(database.dsl(), merges);
        this.snapshots = new SnapshotReader(database.dsl(), log, merges);
    }

    /** Applies a push's mutations in order and answers each; a gap in sequence numbers stops the push. */
    public HubApi.Pushed push(Caller caller, HubApi.Push push) {
        return pushes.push(caller, push);
    }

    /** The log after {@code cursor}, only the sites the caller may see. */
    public PulledPage pull(Caller caller, long cursor, int limit) {
        return log.pull(caller, cursor, limit);
    }

    /** The log position a snapshot taken now starts at, the tables it copies, and how many rows the caller will get. */
    public HubApi.SnapshotStart snapshotStart(Caller caller) {
        return snapshots.snapshotStart(caller);
    }

    /** One page of a table's rows after {@code after}, in id order, only the sites the caller may see. */
    public SnapshotPage snapshot(Caller caller, String table, UUID after, int limit) {
        return snapshots.snapshot(caller, table, after, limit);
    }

    /** {@link #snapshot(Caller, String, UUID, int)}, each row handed to {@code sink} as it is read. */
    public void snapshot(Caller caller, String table, UUID after, int limit, SnapshotRowSink sink) {
        snapshots.snapshot(caller, table, after, limit, sink);
    }

    /** The hub's current version of some rows the caller may see. */
    public HubApi.Rows rows(Caller caller, HubApi.RowsWanted wanted) {
        return snapshots.rows(caller, wanted);
    }

    public long head() {
        return log.head();
    }
}
