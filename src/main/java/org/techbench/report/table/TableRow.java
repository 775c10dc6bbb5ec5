package org.techbench.report.table;

import java.util.List;
import java.util.Set;

/**
 * A data row as read: its 1-based row number in the file, its cells as text, and the columns
 * whose cell held a formula (never evaluated: the import refuses them).
 */
public record TableRow(int number, List<String> cells, Set<Integer> formulaColumns) {

    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }
}
