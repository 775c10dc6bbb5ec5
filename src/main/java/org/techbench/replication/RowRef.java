package org.techbench.replication;

import java.util.UUID;

/** A synced row named by table and id. */
public record RowRef(String table, UUID id) {
}
