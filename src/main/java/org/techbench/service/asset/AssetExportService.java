package org.techbench.service.asset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.InstalledSoftware;
import org.techbench.domain.site.Site;
import org.techbench.i18n.Texts;
import org.techbench.report.table.TableFile;
import org.techbench.report.table.TableFileWriter;
import org.techbench.service.CancelledException;
import org.techbench.service.Progress;
import org.techbench.service.RefusedException;
import org.techbench.store.AssetRepository;
import org.techbench.store.SiteRepository;

/**
 * Writes the assets a filter selects, with their components and software, to CSV (one file, a
 * Record column telling the rows apart) or XLSX (one sheet each), in the layout the import reads.
 */
public final class AssetExportService {

    static final List<AssetField> ASSET_COLUMNS = List.of(AssetField.SITE, AssetField.TAG, AssetField.NAME,
            AssetField.KIND, AssetField.MAKE, AssetField.MODEL, AssetField.SERIAL, AssetField.LOCATION,
            AssetField.IP_ADDRESS, AssetField.HOSTNAME, AssetField.STATUS, AssetField.PURCHASED_ON,
            AssetField.WARRANTY_ENDS_ON, AssetField.NOTES);
    static final List<AssetField> COMPONENT_COLUMNS = List.of(AssetField.SITE, AssetField.TAG, AssetField.KIND,
            AssetField.MAKE, AssetField.MODEL, AssetField.SERIAL, AssetField.CAPACITY, AssetField.FITTED_ON,
            AssetField.REMOVED_ON);
    static final List<AssetField> SOFTWARE_COLUMNS = List.of(AssetField.SITE, AssetField.TAG, AssetField.NAME,
            AssetField.VERSION, AssetField.VENDOR, AssetField.INSTALLED_ON, AssetField.LICENCE);
    private static final int CHUNK = 1_000;

    private final AssetService assetService;
    private final AssetRepository assets;
    private final SiteRepository sites;
    private final TableFileWriter writer;
    private final Supplier<Texts> refusals;

    public AssetExportService(AssetService assetService, AssetRepository assets, SiteRepository sites,
                              TableFileWriter writer, Supplier<Texts> refusals) {
        this.assetService = assetService;
        this.assets = assets;
        this.sites = sites;
        this.writer = writer;
        this.refusals = refusals;
    }

    /** Exports what the filter selects; the format follows the file's extension (.csv or .xlsx). */
    public int export(Path file, AssetFilter filter, Progress progress) {
        TableFile.Format format = formatOf(file);
        return export(file, format, assetService.match(filter), progress);
    }

    /** Exports these assets, in this order; the file appears only when complete. */
    public int export(Path file, TableFile.Format format, List<UUID> ids, Progress progress) {
        Map<UUID, String> siteCodes = new HashMap<>();
        for (Site site : sites.everySite()) {
            siteCodes.put(site.id(), site.code());
        }
        boolean csv = format == TableFile.Format.CSV;
        List<AssetField> combined = combinedColumns();
        List<TableFileWriter.SheetHeader> headers = csv
                ? List.of(new TableFileWriter.SheetHeader("assets", headers(combined)))
                : List.of(new TableFileWriter.SheetHeader("Assets", headers(ASSET_COLUMNS)),
                        new TableFileWriter.SheetHeader("Components", headers(COMPONENT_COLUMNS)),
                        new TableFileWriter.SheetHeader("Software", headers(SOFTWARE_COLUMNS)));
        int written = 0;
        try (TableFileWriter.Output out = writer.open(file, format, headers)) {
            for (int i = 0; i < ids.size(); i += CHUNK) {
                if (progress.cancelled()) {
                    throw new CancelledException("Export cancelled; no file was written.");
                }
                List<UUID> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
                Map<UUID, Asset> byId = new HashMap<>();
                assets.findAll(chunk).forEach(a -> byId.put(a.id(), a));
                for (UUID id : chunk) {
                    Asset a = byId.get(id);
                    if (a != null) {
                        emit(out, 0, csv ? combined : ASSET_COLUMNS, "asset", assetValues(a, siteCodes));
                        written++;
                    }
                }
                for (Component c : assets.componentsOf(chunk)) {
                    emit(out, csv ? 0 : 1, csv ? combined : COMPONENT_COLUMNS, "component",
                            componentValues(c, byId.get(c.assetId()), siteCodes));
                }
                for (InstalledSoftware s : assets.softwareOf(chunk)) {
                    emit(out, csv ? 0 : 2, csv ? combined : SOFTWARE_COLUMNS, "software",
                            softwareValues(s, byId.get(s.assetId()), siteCodes));
                }
                progress.report("export", Math.min(ids.size(), i + CHUNK), ids.size());
            }
            out.commit();
        } catch (IOException e) {
            throw new RefusedException(refusals.get(), "refusal.cannotWrite", file, e.getMessage());
        }
        return written;
    }

    private static Map<AssetField, Object> assetValues(Asset a, Map<UUID, String> siteCodes) {
        Map<AssetField, Object> v = new EnumMap<>(AssetField.class);
        v.put(AssetField.SITE, siteCodes.get(a.siteId()));
        v.put(AssetField.TAG, a.tag());
        v.put(AssetField.NAME, a.name());
        v.put(AssetField.KIND, a.kind().name());
        v.put(AssetField.MAKE, a.make());
        v.put(AssetField.MODEL, a.model());
        v.put(AssetField.SERIAL, a.serial());
        v.put(AssetField.LOCATION, a.location());
        v.put(AssetField.IP_ADDRESS, a.ipAddress());
        v.put(AssetField.HOSTNAME, a.hostname());
        v.put(AssetField.STATUS, a.status().name());
        v.put(AssetField.PURCHASED_ON, a.purchasedOn());
        v.put(AssetField.WARRANTY_ENDS_ON, a.warrantyEndsOn());
        v.put(AssetField.NOTES, a.notes());
        return v;
    }

    private static Map<AssetField, Object> componentValues(Component c, Asset a, Map<UUID, String> siteCodes) {
        Map<AssetField, Object> v = new EnumMap<>(AssetField.class);
        v.put(AssetField.SITE, siteCodes.get(a.siteId()));
        v.put(AssetField.TAG, a.tag());
        v.put(AssetField.KIND, c.kind().name());
        v.put(AssetField.MAKE, c.make());
        v.put(AssetField.MODEL, c.model());
        v.put(AssetField.SERIAL, c.serial());
        v.put(AssetField.CAPACITY, c.capacity());
        v.put(AssetField.FITTED_ON, c.fittedOn());
        v.put(AssetField.REMOVED_ON, c.removedOn());
        return v;
    }

    private static Map<AssetField, Object> softwareValues(InstalledSoftware s, Asset a, Map<UUID, String> siteCodes) {
        Map<AssetField, Object> v = new EnumMap<>(AssetField.class);
        v.put(AssetField.SITE, siteCodes.get(a.siteId()));
        v.put(AssetField.TAG, a.tag());
        v.put(AssetField.NAME, s.name());
        v.put(AssetField.VERSION, s.version());
        v.put(AssetField.VENDOR, s.vendor());
        v.put(AssetField.INSTALLED_ON, s.installedOn());
        v.put(AssetField.LICENCE, s.licence());
        return v;
    }

    private static void emit(TableFileWriter.Output out, int sheet, List<AssetField> columns, String record,
                             Map<AssetField, Object> values) throws IOException {
        values.put(AssetField.RECORD, record);
        List<String> cells = new ArrayList<>(columns.size());
        for (AssetField field : columns) {
            Object value = values.get(field);
            cells.add(value == null ? "" : value.toString());
        }
        out.row(sheet, cells);
    }

    private static List<AssetField> combinedColumns() {
        List<AssetField> columns = new ArrayList<>(List.of(AssetField.RECORD));
        for (List<AssetField> part : List.of(ASSET_COLUMNS, COMPONENT_COLUMNS, SOFTWARE_COLUMNS)) {
            part.stream().filter(f -> !columns.contains(f)).forEach(columns::add);
        }
        return columns;
    }

    private static List<String> headers(List<AssetField> columns) {
        return columns.stream().map(AssetField::header).toList();
    }

    public TableFile.Format formatOf(Path file) {
        return org.techbench.service.ExportFormats.of(file, refusals.get());
    }
}
