package org.techbench.report.table;

import java.util.List;

/** A CSV or XLSX file read into sheets of text, with the format and (for CSV) the encoding found. */
public record TableFile(Format format, String encoding, List<TableSheet> sheets) {

    /** The file formats TechBench reads and writes. */
    public enum Format { CSV, XLSX }
}
