package org.techbench.report.table;

import java.util.List;

/** One sheet of a table file (a CSV file has one): its header cells and its data rows. */
public record TableSheet(String name, List<String> headers, List<TableRow> rows) {
}
