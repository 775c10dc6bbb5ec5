package org.techbench.report.sheets;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.InstalledSoftware;
import org.techbench.domain.asset.WarrantyState;
import org.techbench.i18n.Texts;
import org.techbench.report.print.PrintedWorkbook;

/**
 * The inventory register: the assets with their warranty state on the day, their parts (removed
 * ones with their removal date) and their software, a sheet each. Rows are handed over one by one
 * so a register of 100,000 assets streams.
 */
public final class InventorySheets {

    /** Where the rows come from: each source hands every row to the consumer, in order. */
    public interface Source {
        void assets(Consumer<Asset> each);

        void components(Consumer<Component> each);

        void software(Consumer<InstalledSoftware> each);
    }

    private InventorySheets() {
    }

    public static void write(PrintedWorkbook workbook, Source source, Map<UUID, String> siteCodes, LocalDate today,
                             Map<UUID, String> tags) {
        Texts words = workbook.heading().words();
        PrintedWorkbook.Table assets = workbook.table(words.get("report.sheet.assets"), java.util.List.of(
                words.get("report.col.site"), words.get("report.col.asset"), words.get("report.inv.name"),
                words.get("report.inv.kind"), words.get("report.inv.make"), words.get("report.inv.model"),
                words.get("report.inv.serial"), words.get("report.inv.location"), words.get("report.inv.ip"),
                words.get("report.col.status"), words.get("report.inv.purchased"), words.get("report.inv.warrantyEnds"),
                words.get("report.inv.warranty")), java.util.List.of(8, 16, 26, 10, 12, 18, 16, 18, 14, 12, 11, 11, 16));
        source.assets(a -> assets.row(siteCodes.getOrDefault(a.siteId(), ""), a.tag(), a.name(),
                words.get("report.kind." + a.kind().name()), a.make(), a.model(), a.serial(), a.location(), a.ipAddress(),
                words.get("report.assetStatus." + a.status().name()), a.purchasedOn(), a.warrantyEndsOn(),
                words.get("report.warranty." + WarrantyState.of(a.warrantyEndsOn(), today).name())));
        assets.nothing(words.get("report.inv.none"));
        assets.finish();
        PrintedWorkbook.Table parts = workbook.table(words.get("report.sheet.components"), java.util.List.of(
                words.get("report.col.asset"), words.get("report.inv.part"), words.get("report.inv.make"),
                words.get("report.inv.model"), words.get("report.inv.serial"), words.get("report.inv.capacity"),
                words.get("report.inv.fitted"), words.get("report.inv.removed")), java.util.List.of(16, 14, 14, 22, 18, 12, 11, 11));
        source.components(c -> parts.row(tags.getOrDefault(c.assetId(), ""), words.get("report.part." + c.kind().name()),
                c.make(), c.model(), c.serial(), c.capacity(), c.fittedOn(), c.removedOn()));
        parts.nothing(words.get("report.inv.none"));
        parts.finish();
        PrintedWorkbook.Table software = workbook.table(words.get("report.sheet.software"), java.util.List.of(
                words.get("report.col.asset"), words.get("report.inv.software"), words.get("report.inv.version"),
                words.get("report.inv.vendor"), words.get("report.inv.installed"), words.get("report.inv.licence")),
                java.util.List.of(16, 28, 14, 18, 11, 24));
        source.software(s -> software.row(tags.getOrDefault(s.assetId(), ""), s.name(), s.version(), s.vendor(),
                s.installedOn(), s.licence()));
        software.nothing(words.get("report.inv.none"));
        software.finish();
    }
}
