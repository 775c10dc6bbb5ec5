package org.techbench.replication;

/**
 * The sync engine on the laptop's database, the one way in for the sync service: its state, the
 * outbox, merging what comes down, snapshots, and the lists of conflicts and refusals.
 */
public record Replica(SyncState state, Outbox outbox, RemoteChanges remote, Snapshots snapshots, ConflictList conflicts) {

    public static Replica of(ReplicaDatabase database) {
        return new Replica(new SyncState(database), new Outbox(database), new RemoteChanges(database),
                new Snapshots(database), new ConflictList(database));
    }
}
