package org.techbench.cli;

import java.util.Objects;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.techbench.domain.asset.AssetListRow;
import org.techbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code techbench assets list}: the assets a search selects, as a table, CSV or JSON. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List assets, sorted by tag.")
public final class AssetsListCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, csv, json }

    private static final List<String> HEADERS = List.of("site", "tag", "name", "kind", "make", "model", "serial",
            "ip_address", "hostname", "status", "warranty_ends_on");

    @Mixin
    GlobalOptions global = new GlobalOptions();

    @Mixin
    AssetFilterOptions selection = new AssetFilterOptions();

    @Option(names = "--limit", defaultValue = "50", description = "At most this many rows (default ${DEFAULT-VALUE}; 0 = all).")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must be 0 (all) or more");
        }
        try (Workbench workbench = Workbench.open(global.folder(), Clock.systemDefaultZone(), System.getProperty("user.name"))) {
            List<UUID> ids = workbench.assets().match(selection.filter(workbench));
            List<UUID> shown = limit == 0 ? ids : ids.subList(0, Math.min(limit, ids.size()));
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            for (int i = 0; i < shown.size(); i += 1_000) {
                List<AssetListRow> rows = workbench.assets().rows(shown.subList(i, Math.min(shown.size(), i + 1_000)));
                print(rows, out, i == 0, i + 1_000 >= shown.size());
            }
            if (shown.isEmpty()) {
                print(List.of(), out, true, true);
            }
            out.flush();
            if (format == Format.table) {
                err.printf("%d of %d matching assets shown%n", shown.size(), ids.size());
                err.flush();
            }
            return 0;
        }
    }

    private void print(List<AssetListRow> rows, PrintWriter out, boolean first, boolean last) throws IOException {
        switch (format) {
            case csv -> {
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
                if (first) {
                    printer.printRecord(HEADERS);
                }
                for (AssetListRow row : rows) {
                    printer.printRecord(cells(row));
                }
                printer.flush();
            }
            case json -> {
                ObjectMapper json = new ObjectMapper();
                for (int i = 0; i < rows.size(); i++) {
                    ObjectNode node = json.createObjectNode();
                    List<String> cells = cells(rows.get(i));
                    for (int c = 0; c < HEADERS.size(); c++) {
                        node.put(HEADERS.get(c), cells.get(c).isEmpty() ? null : cells.get(c));
                    }
                    out.print((first && i == 0 ? "[\n  " : ",\n  ") + json.writeValueAsString(node));
                }
                if (last) {
                    out.println(first && rows.isEmpty() ? "[]" : "\n]");
                }
            }
            case table -> {
                String line = "%-8s %-18s %-28s %-9s %-12s %-20s %-15s %-10s %s%n";
                if (first) {
                    out.printf(line, "SITE", "TAG", "NAME", "KIND", "SERIAL", "IP/HOST", "STATUS", "WARRANTY", "");
                }
                for (AssetListRow r : rows) {
                    out.printf(line, r.siteCode(), r.tag(), cut(r.name(), 28), r.kind(), cut(Objects.requireNonNullElse(r.serial(), ""), 12),
                            cut(r.ipAddress() != null ? r.ipAddress() : Objects.requireNonNullElse(r.hostname(), ""), 20), r.status(),
                            r.warrantyEndsOn() == null ? "" : r.warrantyEndsOn(), r.archived() ? "(archived)" : "");
                }
            }
        }
    }

    private static List<String> cells(AssetListRow r) {
        return List.of(r.siteCode(), r.tag(), r.name(), r.kind().name(), Objects.requireNonNullElse(r.make(), ""), Objects.requireNonNullElse(r.model(), ""), Objects.requireNonNullElse(r.serial(), ""),
                Objects.requireNonNullElse(r.ipAddress(), ""), Objects.requireNonNullElse(r.hostname(), ""), r.status().name(),
                r.warrantyEndsOn() == null ? "" : r.warrantyEndsOn().toString());
    }


    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
