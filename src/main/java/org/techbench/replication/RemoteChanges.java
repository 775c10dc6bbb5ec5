package org.techbench.replication;

import static org.techbench.schema.Tables.SYNC_OUTBOX;
import static org.techbench.schema.Tables.SYNC_STALE_ROW;
import static org.techbench.schema.Tables.SYNC_STATE;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.techbench.domain.sync.Conflict;
import org.techbench.domain.sync.LoggedChange;
import org.techbench.domain.sync.LostField;
import org.techbench.domain.sync.MergedRow;
import org.techbench.domain.sync.PulledPage;
import org.techbench.domain.sync.RowChange;
import org.techbench.domain.sync.SnapshotRow;

/** Pages of the hub's log merged in without capture, and the hub's version put back after a refusal. */
public final class RemoteChanges {

    private final ReplicaDatabase store;
    private final LocalMerges merges = new LocalMerges();

    RemoteChanges(ReplicaDatabase store) {
        this.store = store;
    }

    /**
     * Merges one page of the hub's log and moves the cursor past it, in one transaction. Fields
     * with local edits still in the outbox that lose become conflicts. Returns how many changes
     * altered a row here.
     */
    public int applyPage(PulledPage page) {
        Set<String> tables = new HashSet<>();
        long highWater = 0;
        for (LoggedChange logged : page.changes()) {
            tables.add(logged.change().table());
            if (logged.change().announcesMerge()) {
                tables.addAll(merges.tablesTouchedBy(logged.change().table()));
            }
            highWater = Math.max(highWater, logged.change().stamp().hlc());
        }
        return store.receive(tables, highWater, dsl -> {
            Map<RowRef, Set<String>> pending = pendingFields(dsl, page.changes().stream().map(LoggedChange::change).toList());
            OffsetDateTime now = now();
            int altered = dsl.connectionResult(connection -> {
                int changed = 0;
                boolean anyMerged = merges.anyMerged(dsl);
                try (var statements = new PreparedStatements(connection, dsl, store.statements())) {
                    for (LoggedChange logged : page.changes()) {
                        RowChange change = logged.change();
                        if (change.announcesMerge()) {
                            changed += merges.apply(statements, LocalMerges.of(change), now) ? 1 : 0;
                            anyMerged = true;
                            continue;
                        }
                        change = LocalMerges.followMerges(dsl, change);
                        if (anyMerged) {
                            change = merges.redirect(dsl, change);
                        }
                        var outcome = RowMerger.apply(statements, change,
                                pending.getOrDefault(new RowRef(change.table(), change.rowId()), Set.of()), store.nodeId());
                        for (Conflict conflict : outcome.merge().conflicts()) {
                            ConflictList.recordConflict(dsl, new LostField(change.table(), change.rowId(), change.siteId(),
                                    conflict.field(), (String) conflict.lost().value(), conflict.lost().stamp(),
                                    (String) conflict.won().value(), conflict.won().stamp()), now);
                        }
                        changed += outcome.changedAnything() ? 1 : 0;
                    }
                }
                return changed;
            });
            dsl.update(SYNC_STATE).set(SYNC_STATE.PULL_CURSOR, page.cursor()).where(SYNC_STATE.SINGLETON.eq(1)).execute();
            return altered;
        });
    }

    /**
     * The merges the hub made before a snapshot began, done here: the snapshot does not hold their
     * merged rows, and this laptop may hold one (its own push, merged by a later one of another's).
     */
    public void redoMerges(List<MergedRow> announced) {
        if (announced.isEmpty()) {
            return;
        }
        Set<String> tables = new HashSet<>();
        announced.forEach(row -> tables.addAll(merges.tablesTouchedBy(row.table())));
        OffsetDateTime now = now();
        store.receive(tables, 0, dsl -> dsl.connectionResult(connection -> {
            List<MergedRow> unknown = merges.notYetKnown(dsl, announced);
            try (var statements = new PreparedStatements(connection, dsl, store.statements())) {
                unknown.forEach(row -> merges.apply(statements, row, now));
            }
            return null;
        }));
    }

    /**
     * Puts the hub's version of a row in place of the local one, or removes the local row when
     * the hub has none: after a refusal the hub has the final word.
     */
    public void replaceWithHubVersion(RowRef row, SnapshotRow hubRow) {
        SyncedTable synced = SyncedTable.named(row.table());
        store.receive(Set.of(row.table()), hubRow == null ? 0 : hubRow.hlc(), dsl -> {
            dsl.deleteFrom(SYNC_STALE_ROW).where(SYNC_STALE_ROW.TABLE_NAME.eq(row.table())
                    .and(SYNC_STALE_ROW.ROW_ID.eq(row.id()))).execute();
            boolean present = dsl.fetchExists(synced.table(), synced.id().eq(row.id()));
            if (hubRow == null) {
                dsl.deleteFrom(synced.table()).where(synced.id().eq(row.id())).execute();
            } else if (!present) {
                RowMerger.insertAll(dsl, store.statements(), synced, List.of(hubRow));
            } else if (synced.mutable()) {
                RowMerger.write(dsl, synced, row.id(), hubRow.asState(), hubRow.hlc());
            }
            return null;
        });
    }

    private static Map<RowRef, Set<String>> pendingFields(DSLContext dsl, List<RowChange> changes) {
        if (changes.isEmpty() || dsl.fetchCount(SYNC_OUTBOX) == 0) {
            return Map.of();
        }
        Set<UUID> ids = new HashSet<>();
        changes.forEach(change -> ids.add(change.rowId()));
        Map<RowRef, Set<String>> pending = new HashMap<>();
        dsl.select(SYNC_OUTBOX.TABLE_NAME, SYNC_OUTBOX.ROW_ID, SYNC_OUTBOX.CHANGES).from(SYNC_OUTBOX)
                .where(SYNC_OUTBOX.ROW_ID.in(ids))
                .forEach(r -> pending.computeIfAbsent(new RowRef(r.value1(), r.value2()), k -> new HashSet<>())
                        .addAll(r.value3() == null ? columnsOf(r.value1()) : ChangeJson.parse(r.value3()).keySet()));
        return pending;
    }

    /** Every column of a row whose creation waits with its values still in the row (see {@link OutboxValues}). */
    private static List<String> columnsOf(String table) {
        return Arrays.stream(SyncedTable.named(table).table().fields()).map(Field::getName).toList();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(store.wallClock()).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
