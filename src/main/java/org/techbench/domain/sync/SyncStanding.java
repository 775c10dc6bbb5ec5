package org.techbench.domain.sync;

import java.time.OffsetDateTime;

/**
 * Where this laptop stands with its hub: which hub and user, the log cursor, the last sync, how
 * far the hub's clock is from this laptop's, and the counts the status bar shows.
 */
public record SyncStanding(String nodeId, String hubUrl, String userName, String refreshToken, long cursor,
                           OffsetDateTime lastSyncAt, Long hubOffsetMillis,
                           int pendingChanges, int refusedChanges, int openConflicts) {

    public boolean connected() {
        return hubUrl != null;
    }
}
