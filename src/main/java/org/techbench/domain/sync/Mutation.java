package org.techbench.domain.sync;

import java.util.List;
import java.util.UUID;

/**
 * One local transaction on its way to the hub: its changes carry the node's consecutive sequence
 * numbers {@code firstSeq..lastSeq}, and the hub applies all of them or none.
 */
public record Mutation(UUID mutationId, long firstSeq, long lastSeq, int schemaVersion, UUID technicianId,
                       List<RowChange> changes) {

    public Mutation {
        changes = List.copyOf(changes);
        if (changes.isEmpty() || lastSeq - firstSeq + 1 != changes.size()) {
            throw new IllegalArgumentException("a mutation holds one change per sequence number");
        }
    }
}
