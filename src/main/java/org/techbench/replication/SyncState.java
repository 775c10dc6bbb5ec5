package org.techbench.replication;

import static org.techbench.schema.Tables.SYNC_CONFLICT;
import static org.techbench.schema.Tables.SYNC_OUTBOX;
import static org.techbench.schema.Tables.SYNC_REFUSED;
import static org.techbench.schema.Tables.SYNC_STATE;

import java.time.OffsetDateTime;
import java.util.Set;
import org.jooq.DSLContext;
import org.techbench.domain.sync.SyncStanding;

/** Where this laptop stands with its hub: which hub, who signs in, the cursor, the last sync. */
public final class SyncState {

    private final ReplicaDatabase store;

    SyncState(ReplicaDatabase store) {
        this.store = store;
    }

    /** Where sync stands: hub, user, cursor, last sync and how much waits to go up. */
    public SyncStanding standing() {
        DSLContext dsl = store.dsl();
        var state = stateRow(dsl);
        // Audit entries travel with the changes they record; counted, they would double the number the technician sees.
        int pending = dsl.fetchCount(SYNC_OUTBOX, SYNC_OUTBOX.TABLE_NAME.ne(AUDIT_TABLE));
        int refused = dsl.fetchCount(SYNC_REFUSED, SYNC_REFUSED.TABLE_NAME.ne(AUDIT_TABLE));
        int conflicts = dsl.fetchCount(SYNC_CONFLICT, SYNC_CONFLICT.SETTLED.isFalse());
        return new SyncStanding(store.nodeId(), state.getHubUrl(), state.getUserName(), state.getRefreshToken(),
                state.getPullCursor(), state.getLastSyncAt(),
                state.getHubOffsetMs(), pending, refused, conflicts, state.getUserRole());
    }

    /** The audit trail's table, whose outbox entries are not counted as changes waiting. */
    public static final String AUDIT_TABLE = "audit_event";

    /** Remembers the hub and who signs in to it; a different hub starts again from a snapshot. */
    public void connect(String hubUrl, String userName, String role) {
        store.receive(Set.of(), 0, dsl -> {
            var state = stateRow(dsl);
            if (state.getHubUrl() != null && !state.getHubUrl().equals(hubUrl)) {
                state.setPullCursor(0L);
                state.setSnapshotCursor(null);
                state.setSnapshotTable(null);
                state.setSnapshotAfter(null);
                state.setRefreshToken(null);
            }
            state.setHubUrl(hubUrl);
            state.setUserName(userName);
            state.setUserRole(role);
            state.store();
            return null;
        });
    }

    /** The role the hub gives the user now; a refresh brings it again. */
    public void saveRole(String role) {
        store.receive(Set.of(), 0, dsl -> dsl.update(SYNC_STATE).set(SYNC_STATE.USER_ROLE, role)
                .where(SYNC_STATE.SINGLETON.eq(1)).execute());
    }

    public void saveRefreshToken(String token) {
        store.receive(Set.of(), 0, dsl -> dsl.update(SYNC_STATE).set(SYNC_STATE.REFRESH_TOKEN, token)
                .where(SYNC_STATE.SINGLETON.eq(1)).execute());
    }

    /** Records a finished sync and how far the hub's clock is from this laptop's. */
    public void recordSync(OffsetDateTime at, long hubOffsetMillis) {
        store.receive(Set.of(), 0, dsl -> dsl.update(SYNC_STATE)
                .set(SYNC_STATE.LAST_SYNC_AT, at)
                .set(SYNC_STATE.HUB_OFFSET_MS, hubOffsetMillis)
                .where(SYNC_STATE.SINGLETON.eq(1)).execute());
    }

    static org.techbench.schema.tables.records.SyncStateRecord stateRow(DSLContext dsl) {
        return dsl.selectFrom(SYNC_STATE).where(SYNC_STATE.SINGLETON.eq(1)).fetchSingle();
    }
}
