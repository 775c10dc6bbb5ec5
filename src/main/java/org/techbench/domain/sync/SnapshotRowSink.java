package org.techbench.domain.sync;

import java.util.UUID;

/**
 * Takes one snapshot page as its rows are read, so that a hub can write a page of thousands of rows
 * without making an object of each: the table and its columns first, then each row, then where the
 * page ends.
 */
public interface SnapshotRowSink {

    void start(String table, ColumnValues.Columns columns);

    /** One row, its values in the order of the start's columns; {@code values} is reused for the next row. */
    void row(UUID id, long hlc, String fieldClocks, int causalLength, String[] values);

    void end(UUID lastId, boolean tableDone, long cursor);
}
