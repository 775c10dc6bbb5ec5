package org.techbench.domain.sync;

import java.util.List;
import java.util.UUID;

/**
 * One page of a table's rows in id order, for a resumable first sync. {@code cursor} is the log
 * position the snapshot started at: pulling from there afterwards catches what changed meanwhile.
 */
public record SnapshotPage(String table, List<SnapshotRow> rows, UUID lastId, boolean tableDone, long cursor) {

    public SnapshotPage {
        rows = List.copyOf(rows);
    }
}
