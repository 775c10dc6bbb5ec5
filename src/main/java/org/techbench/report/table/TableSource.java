package org.techbench.report.table;

import java.util.List;
import java.util.function.Consumer;

/**
 * A table file opened for reading row by row, as many times as a reader needs, without holding the
 * whole file in memory: how a 100,000-asset export with its parts is checked and then imported.
 */
public interface TableSource {

    /** A sheet's name and header cells. */
    record Sheet(String name, List<String> headers) {
    }

    TableFile.Format format();

    /** The encoding found, for CSV; empty for XLSX. */
    String encoding();

    List<Sheet> sheets();

    /** Hands each non-blank data row of the sheet at this index to the action, in the file's order. */
    void forEachRow(int sheet, Consumer<TableRow> action) throws TableFileRefused;

    /** The whole file in memory, for callers that need every row at once (small files). */
    default TableFile readAll() throws TableFileRefused {
        List<TableSheet> read = new java.util.ArrayList<>();
        for (int i = 0; i < sheets().size(); i++) {
            List<TableRow> rows = new java.util.ArrayList<>();
            forEachRow(i, rows::add);
            read.add(new TableSheet(sheets().get(i).name(), sheets().get(i).headers(), List.copyOf(rows)));
        }
        return new TableFile(format(), encoding(), read);
    }
}
