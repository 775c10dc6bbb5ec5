package org.techbench.domain.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Keeps the rows a {@link SnapshotRowSink} is given as one {@link SnapshotPage}. */
public final class SnapshotPageCollector implements SnapshotRowSink {

    private static final String SITE_COLUMN = "site_id";

    private String table;
    private ColumnValues.Columns columns;
    private int site = -1;
    private final List<SnapshotRow> rows = new ArrayList<>();
    private SnapshotPage page;

    @Override
    public void start(String table, ColumnValues.Columns columns) {
        this.table = table;
        this.columns = columns;
        this.site = columns.indexOf(SITE_COLUMN);
    }

    @Override
    public void row(UUID id, long hlc, String fieldClocks, int causalLength, String[] values) {
        UUID siteId = site < 0 || values[site] == null ? null : UUID.fromString(values[site]);
        rows.add(new SnapshotRow(id, siteId, hlc, new ColumnValues(columns, values), fieldClocks, causalLength));
    }

    @Override
    public void end(UUID lastId, boolean tableDone, long cursor) {
        page = new SnapshotPage(table, rows, lastId, tableDone, cursor);
    }

    /** The page, once the sink has been told where it ends. */
    public SnapshotPage page() {
        if (page == null) {
            throw new IllegalStateException("the page has not ended yet");
        }
        return page;
    }
}
