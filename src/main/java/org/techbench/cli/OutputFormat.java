package org.techbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** How a listing command prints its rows: an aligned table for people, CSV or JSON for scripts. */
enum OutputFormat {
    table, csv, json;

    /** Prints rows of cells under their headers; JSON names each cell by its header. */
    void print(List<String> headers, List<List<String>> rows, PrintWriter out) {
        try {
            switch (this) {
                case table -> {
                    int[] widths = new int[headers.size()];
                    for (int c = 0; c < headers.size(); c++) {
                        widths[c] = headers.get(c).length();
                        for (List<String> row : rows) {
                            widths[c] = Math.max(widths[c], row.get(c).length());
                        }
                    }
                    line(headers.stream().map(h -> h.toUpperCase(java.util.Locale.ROOT)).toList(), widths, out);
                    rows.forEach(row -> line(row, widths, out));
                }
                case csv -> {
                    CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
                    printer.printRecord(headers);
                    for (List<String> row : rows) {
                        printer.printRecord(row);
                    }
                    printer.flush();
                }
                case json -> {
                    ObjectMapper json = new ObjectMapper();
                    ArrayNode array = json.createArrayNode();
                    for (List<String> row : rows) {
                        ObjectNode node = array.addObject();
                        for (int c = 0; c < headers.size(); c++) {
                            node.put(headers.get(c), row.get(c).isEmpty() ? null : row.get(c));
                        }
                    }
                    out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(array));
                }
                default -> throw new IllegalStateException(name());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(List<String> cells, int[] widths, PrintWriter out) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            line.append(c == cells.size() - 1 ? cells.get(c) : String.format("%-" + (widths[c] + 2) + "s", cells.get(c)));
        }
        out.println(line.toString().stripTrailing());
    }
}
