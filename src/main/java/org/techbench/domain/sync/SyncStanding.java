package org.techbench.domain.sync;

import java.time.OffsetDateTime;

/**
 * Where this laptop stands with its hub: which hub and user, the log cursor, the last sync, how
 * far the hub's clock is from this laptop's, and the counts the status bar shows.
 */
public record SyncStanding(String nodeId, String hubUrl, String userName, String refreshToken, long cursor,
                           OffsetDateTime lastSyncAt, Long hubOffsetMillis,
                           int pendingChanges, int refusedChanges, int openConflicts, String userRole) {

    /** Whether the signed-in user runs the team's accounts: the hub said they are a support manager. */
    public boolean manager() {
        return refreshToken != null && "support_manager".equalsIgnoreCase(userRole);
    }

    public boolean connected() {
        return hubUrl != null;
    }
}
