package org.techbench.service.asset;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.ComponentKind;
import org.techbench.domain.asset.InstalledSoftware;
import org.techbench.domain.asset.SearchText;
import org.techbench.domain.site.Site;
import org.techbench.domain.site.SiteCodes;
import org.techbench.i18n.Texts;
import org.techbench.replication.Ids;
import org.techbench.report.table.TableFile;
import org.techbench.report.table.TableFileReader;
import org.techbench.report.table.TableFileRefused;
import org.techbench.report.table.TableRow;
import org.techbench.report.table.TableSheet;
import org.techbench.service.CancelledException;
import org.techbench.service.Progress;
import org.techbench.service.RefusedException;
import org.techbench.store.AssetRepository;
import org.techbench.store.SiteRepository;
import org.techbench.store.Store;

/**
 * Imports assets with their components and software from CSV or XLSX: first a plan that writes
 * nothing and lists every problem (the dry run), then the plan applied in one transaction.
 */
public final class AssetImportService {

    private static final int CHUNK = 5_000;

    private final Store store;
    private final AssetRepository assets;
    private final SiteRepository sites;
    private final TableFileReader reader;
    private final ImportMemory memory;
    private final Supplier<UUID> technician;
    private final Supplier<Texts> refusals;

    public AssetImportService(Store store, AssetRepository assets, SiteRepository sites, TableFileReader reader,
                              ImportMemory memory, Supplier<UUID> technician, Supplier<Texts> refusals) {
        this.memory = memory;
        this.store = store;
        this.assets = assets;
        this.sites = sites;
        this.reader = reader;
        this.technician = technician;
        this.refusals = refusals;
    }

    /** What the rows of a sheet describe. */
    private enum RecordType { ASSET, COMPONENT, SOFTWARE }

    /** Reads the file and works out what importing it would do. Writes nothing. */
    public ImportPlan plan(Path file, ImportOptions options, Progress progress) {
        return new Planner(file, read(file, progress), options, progress).plan();
    }

    /**
     * As {@link #plan}, with the mapping completed by what earlier imports learnt: the columns of a
     * file with the same headers as the user read them, and other tools' values as the user mapped them.
     */
    public ImportPlan planRecalling(Path file, ImportOptions options, Progress progress) {
        TableFile table = read(file, progress);
        ImportMapping recalled = memory.recall(ImportMemory.signature(headersOf(table)), options.mapping());
        return new Planner(file, table, new ImportOptions(options.updateExisting(), options.allOrNothing(), recalled),
                progress).plan();
    }

    private TableFile read(Path file, Progress progress) {
        try {
            progress.report("read", 0, 1);
            return reader.read(file);
        } catch (TableFileRefused e) {
            throw new ImportRefusedException(refusals.get().get(e.key(), e.arguments()), e);
        }
    }

    private static List<String> headersOf(TableFile table) {
        return table.sheets().stream().flatMap(sheet -> sheet.headers().stream()).toList();
    }

    /** Writes the plan in one transaction: all of it, or (on failure or cancel) none of it. */
    public ImportResult apply(ImportPlan plan, Progress progress) {
        if (!plan.applicable()) {
            throw new RefusedException(refusals.get(), "refusal.importHasProblems", plan.problems().size(), plan.fileName());
        }
        long total = (long) plan.creates().size() + plan.updates().size() + plan.components().size() + plan.software().size();
        long[] done = {0};
        store.write(technician.get(), tx -> {
            sites.insertAll(tx, plan.newSites());
            for (List<Asset> chunk : chunks(plan.creates())) {
                checkCancelled(progress);
                assets.importAll(tx, chunk);
                progress.report("write", done[0] += chunk.size(), total);
            }
            for (Asset asset : plan.updates()) {
                assets.update(tx, asset);
                if (++done[0] % 500 == 0) {
                    checkCancelled(progress);
                    progress.report("write", done[0], total);
                }
            }
            for (List<Component> chunk : chunks(plan.components())) {
                checkCancelled(progress);
                assets.importComponents(tx, chunk);
                progress.report("write", done[0] += chunk.size(), total);
            }
            for (List<InstalledSoftware> chunk : chunks(plan.software())) {
                checkCancelled(progress);
                assets.importSoftware(tx, chunk);
                progress.report("write", done[0] += chunk.size(), total);
            }
            checkCancelled(progress);
            return null;
        });
        remember(plan);
        return new ImportResult(plan.creates().size(), plan.updates().size(), plan.unchanged(), plan.skipped(),
                plan.components().size(), plan.software().size(), plan.problems().size());
    }

    /** Keeps how the file was read, with the order of dates its own rows decided, for the next file with its headers. */
    private void remember(ImportPlan plan) {
        ImportMapping used = plan.options().mapping();
        if (used.dateOrder() == null) {
            used = plan.notices().stream().filter(notice -> notice.code() == ImportNotice.Code.DATE_ORDER).findFirst()
                    .map(notice -> plan.options().mapping().withDateOrder(DateOrder.valueOf(notice.value()))).orElse(used);
        }
        memory.remember(ImportMemory.signature(plan.columns().stream().map(ColumnReading::header).toList()), used);
    }

    private static void checkCancelled(Progress progress) {
        if (progress.cancelled()) {
            throw new CancelledException("Import cancelled; nothing was imported.");
        }
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += CHUNK) {
            chunks.add(items.subList(i, Math.min(items.size(), i + CHUNK)));
        }
        return chunks;
    }

    /** One planning run over one file. */
    private final class Planner {
        private final Path file;
        private final TableFile table;
        private final ImportOptions options;
        private final Progress progress;
        private final List<ImportProblem> problems = new ArrayList<>();
        private final Map<String, Site> sitesByCode = new HashMap<>();
        private final Map<UUID, Map<String, Asset>> existing = new HashMap<>();
        private final Map<String, Asset> inFile = new HashMap<>();
        private final List<Asset> creates = new ArrayList<>();
        private final List<Asset> updates = new ArrayList<>();
        private final List<Component> components = new ArrayList<>();
        private final List<InstalledSoftware> software = new ArrayList<>();
        private final Set<String> knownParts = new HashSet<>();
        private final Set<String> knownSoftware = new HashSet<>();
        private final List<Site> newSites = new ArrayList<>();
        private final Map<ImportNotice, Integer> notices = new LinkedHashMap<>();
        private final Map<TableSheet, ImportPreset> presets = new HashMap<>();
        private final List<ColumnReading> readings = new ArrayList<>();
        private final ImportMapping mapping;
        private DateReader dates;
        private int unchanged;
        private int skipped;
        private int rowsRead;

        Planner(Path file, TableFile table, ImportOptions options, Progress progress) {
            this.file = file;
            this.table = table;
            this.options = options;
            this.progress = progress;
            this.mapping = options.mapping();
        }

        private void notice(ImportNotice.Code code, String value) {
            notices.merge(new ImportNotice(code, value, 0), 1, Integer::sum);
        }

        ImportPlan plan() {
            for (Site site : sites.all()) {
                sitesByCode.put(site.code().strip().toLowerCase(Locale.ROOT), site);
            }
            for (Asset asset : assets.inSites(sitesByCode.values().stream().map(Site::id).toList())) {
                existing.computeIfAbsent(asset.siteId(), s -> new HashMap<>()).put(asset.tag(), asset);
            }
            String defaultSite = mapping.defaultSite();
            if (defaultSite != null && !sitesByCode.containsKey(defaultSite.strip().toLowerCase(Locale.ROOT))
                    && !mapping.createSites()) {
                throw new ImportRefusedException(refusals.get().get("import.defaultSiteUnknown", defaultSite), null);
            }
            List<Pending> later = new ArrayList<>();
            long total = table.sheets().stream().mapToLong(s -> s.rows().size()).sum();
            Map<TableSheet, Map<AssetField, Integer>> columnsOf = new HashMap<>();
            for (TableSheet sheet : table.sheets()) {
                columnsOf.put(sheet, columns(sheet));
            }
            dates = new DateReader(dateOrder(columnsOf), java.time.Year.now(store.wallClock()).getValue());
            for (TableSheet sheet : table.sheets()) {
                Map<AssetField, Integer> columns = columnsOf.get(sheet);
                RecordType sheetType = sheetType(sheet, columns);
                if (sheetType == RecordType.ASSET && !columns.containsKey(AssetField.RECORD) && missesColumns(sheet, columns)) {
                    continue;
                }
                for (TableRow row : sheet.rows()) {
                    if (++rowsRead % 2_000 == 0) {
                        if (progress.cancelled()) {
                            throw new CancelledException("Import cancelled; nothing was imported.");
                        }
                        progress.report("check", rowsRead, total);
                    }
                    Row r = new Row(sheet, row, columns);
                    if (!r.wellFormed()) {
                        continue;
                    }
                    RecordType type = columns.containsKey(AssetField.RECORD) ? r.recordType() : sheetType;
                    if (type == RecordType.ASSET) {
                        asset(r);
                    } else if (type != null) {
                        later.add(new Pending(type, r));
                    }
                }
            }
            loadExistingParts();
            for (Pending pending : later) {
                if (pending.type() == RecordType.COMPONENT) {
                    component(pending.row());
                } else {
                    software(pending.row());
                }
            }
            progress.report("check", total, total);
            List<ImportNotice> counted = new ArrayList<>();
            notices.forEach((notice, rows) -> counted.add(new ImportNotice(notice.code(), notice.value(), rows)));
            return new ImportPlan(file.getFileName().toString(), table.format().name(), table.encoding(), options,
                    rowsRead, List.copyOf(creates), List.copyOf(updates), unchanged, skipped, List.copyOf(components),
                    List.copyOf(software), List.copyOf(newSites), List.copyOf(problems), List.copyOf(counted),
                    List.copyOf(readings));
        }

        /** A value that maps to none of ours: the fallback with a notice, unless the import is strict. */
        private <E> Optional<E> lenient(ImportNotice.Code code, String text, E fallback) {
            if (mapping.strict()) {
                return Optional.empty();
            }
            notice(code, text);
            return Optional.of(fallback);
        }

        /** A sheet of assets without a column every row needs gets one problem, not one a row. */
        private boolean missesColumns(TableSheet sheet, Map<AssetField, Integer> columns) {
            boolean misses = false;
            for (AssetField needed : List.of(AssetField.TAG, AssetField.NAME, AssetField.KIND, AssetField.SITE)) {
                if (!columns.containsKey(needed) && !(needed == AssetField.SITE && mapping.defaultSite() != null)) {
                    problems.add(new ImportProblem(sheet.name(), 1, needed.header(), needed.header(), ProblemCode.MISSING_COLUMN));
                    misses = true;
                }
            }
            return misses;
        }

        /**
         * The order of day and month for dates with the year last: the user's, else the one the
         * file's own dates tell; a file whose dates cannot tell, or contradict each other, gets a problem.
         */
        private DateOrder dateOrder(Map<TableSheet, Map<AssetField, Integer>> columnsOf) {
            if (mapping.dateOrder() != null) {
                return mapping.dateOrder();
            }
            Set<AssetField> dateFields = EnumSet.of(AssetField.PURCHASED_ON, AssetField.WARRANTY_ENDS_ON, AssetField.FITTED_ON,
                    AssetField.REMOVED_ON, AssetField.INSTALLED_ON);
            List<String> texts = new ArrayList<>();
            columnsOf.forEach((sheet, columns) -> columns.forEach((field, column) -> {
                if (dateFields.contains(field)) {
                    sheet.rows().forEach(row -> texts.add(row.cell(column)));
                }
            }));
            DateReader.Decision decision = DateReader.decide(texts);
            String example = texts.stream().filter(DateReader::yearLast).findFirst().orElse("");
            if (decision.contradictory()) {
                problems.add(new ImportProblem(table.sheets().getFirst().name(), 1, "", example, ProblemCode.DATE_ORDER_CONTRADICTS));
            } else if (decision.anyYearLast() && decision.order() == null) {
                problems.add(new ImportProblem(table.sheets().getFirst().name(), 1, "", example, ProblemCode.DATE_ORDER_UNKNOWN));
            } else if (decision.order() != null) {
                notice(ImportNotice.Code.DATE_ORDER, decision.order().name());
            }
            return decision.order();
        }

        private record Pending(RecordType type, Row row) {
        }

        /** Each field's column: mapped by the user, else by the other tool's preset, else by our own headers. */
        private Map<AssetField, Integer> columns(TableSheet sheet) {
            ImportPreset preset = preset(sheet);
            Map<String, String> byHand = new HashMap<>();
            mapping.columns().forEach((header, field) -> byHand.put(AssetField.simplify(header), field));
            Map<AssetField, Integer> columns = new EnumMap<>(AssetField.class);
            for (int c = 0; c < sheet.headers().size(); c++) {
                String header = sheet.headers().get(c);
                if (header.isBlank()) {
                    continue;
                }
                String mapped = byHand.get(AssetField.simplify(header));
                Optional<AssetField> field;
                ColumnReading.Source source;
                if (mapped != null) {
                    field = mapped.isBlank() ? Optional.empty() : AssetField.byHeader(mapped);
                    source = ColumnReading.Source.BY_HAND;
                } else {
                    Optional<AssetField> byPreset = preset == null ? Optional.empty() : preset.field(header);
                    field = byPreset.or(() -> AssetField.byHeader(header));
                    source = byPreset.isPresent() ? ColumnReading.Source.PRESET
                            : field.isPresent() ? ColumnReading.Source.HEADER : ColumnReading.Source.UNKNOWN;
                }
                int column = c;
                String sample = sheet.rows().stream().map(row -> row.cell(column).strip()).filter(text -> !text.isEmpty())
                        .findFirst().orElse("");
                readings.add(new ColumnReading(sheet.name(), header, sample, field.orElse(null), source));
                if (field.isEmpty()) {
                    notice(mapped != null ? ImportNotice.Code.COLUMN_IGNORED : ImportNotice.Code.UNKNOWN_COLUMN, header);
                } else if (columns.putIfAbsent(field.get(), c) != null) {
                    problems.add(new ImportProblem(sheet.name(), 1, header, field.get().header(), ProblemCode.COLUMN_TWICE));
                }
            }
            return columns;
        }

        /** The tool the user named, which the sheet must fit, or the one its headers show. */
        private ImportPreset preset(TableSheet sheet) {
            ImportPreset named = mapping.preset();
            if (named != null) {
                List<String> missing = named.missing(sheet.headers());
                if (!missing.isEmpty()) {
                    throw new ImportRefusedException(refusals.get().get("import.presetDoesNotFit", file.getFileName().toString(),
                            named.cliName(), String.join(", ", missing)), null);
                }
                presets.put(sheet, named);
                return named;
            }
            Optional<ImportPreset> found = ImportPreset.matching(sheet.headers());
            found.ifPresent(preset -> notice(ImportNotice.Code.PRESET, preset.cliName()));
            found.ifPresent(preset -> presets.put(sheet, preset));
            return found.orElse(null);
        }

        private RecordType sheetType(TableSheet sheet, Map<AssetField, Integer> columns) {
            String name = SearchText.normalize(sheet.name());
            if (name.contains("component") || name.contains("part") || name.contains("部件") || name.contains("配件")) {
                return RecordType.COMPONENT;
            }
            if (name.contains("software") || name.contains("软件")) {
                return RecordType.SOFTWARE;
            }
            if (table.sheets().size() > 1 && !columns.containsKey(AssetField.TAG)) {
                return null;
            }
            return RecordType.ASSET;
        }

        private void asset(Row r) {
            Site site = r.site();
            String tag = r.text(AssetField.TAG);
            if (tag.isEmpty() && presets.get(r.sheet) == ImportPreset.GLPI) {
                // GLPI's inventory number is often left empty; its computer name is what people know it by.
                tag = r.text(AssetField.NAME);
            }
            Optional<AssetKind> kind = r.choice(AssetField.KIND, text -> Optional.ofNullable(mapping.kindOf(text))
                    .or(() -> ValueParsers.kind(text)).or(() -> ForeignValues.kind(text))
                    .or(() -> lenient(ImportNotice.Code.KIND_AS_OTHER, text, AssetKind.OTHER)));
            String statusText = r.text(AssetField.STATUS);
            Optional<AssetStatus> status = statusText.isEmpty() ? Optional.of(AssetStatus.IN_SERVICE)
                    : r.choice(AssetField.STATUS, text -> Optional.ofNullable(mapping.statusOf(text))
                    .or(() -> ValueParsers.status(text)).or(() -> ForeignValues.status(text))
                    .or(() -> lenient(ImportNotice.Code.STATUS_AS_IN_SERVICE, text, AssetStatus.IN_SERVICE)));
            LocalDate purchased = r.date(AssetField.PURCHASED_ON);
            LocalDate warranty = r.date(AssetField.WARRANTY_ENDS_ON);
            if (warranty == null && purchased != null && !r.text(AssetField.WARRANTY_MONTHS).isEmpty()) {
                warranty = r.months(AssetField.WARRANTY_MONTHS).map(purchased::plusMonths).orElse(null);
            }
            Asset existingAsset = site == null ? null : existing.getOrDefault(site.id(), Map.of()).get(tag);
            Asset asset = new Asset(existingAsset == null ? Ids.next() : existingAsset.id(),
                    site == null ? null : site.id(), tag,
                    r.text(AssetField.NAME), kind.orElse(null), r.optional(AssetField.MAKE), r.optional(AssetField.MODEL),
                    r.optional(AssetField.SERIAL), r.optional(AssetField.LOCATION), r.optional(AssetField.IP_ADDRESS),
                    r.optional(AssetField.HOSTNAME), status.orElse(null), purchased, warranty, r.optional(AssetField.NOTES),
                    existingAsset != null && existingAsset.archived());
            // Every problem of the row is listed, not only the first: the rules see what could be read.
            AssetRules.check(asset).forEach(r::report);
            if (r.failed()) {
                return;
            }
            String key = site.id() + "\u0000" + tag;
            if (inFile.putIfAbsent(key, asset) != null) {
                r.report(new FieldProblem(AssetField.TAG, ProblemCode.DUPLICATE_IN_FILE, tag));
                return;
            }
            if (existingAsset == null) {
                creates.add(asset);
            } else if (!options.updateExisting()) {
                skipped++;
            } else if (existingAsset.equals(asset)) {
                unchanged++;
            } else {
                updates.add(asset);
            }
        }

        private void loadExistingParts() {
            Set<UUID> created = new HashSet<>();
            creates.forEach(c -> created.add(c.id()));
            List<UUID> known = inFile.values().stream().map(Asset::id).filter(id -> !created.contains(id)).toList();
            for (int i = 0; i < known.size(); i += 1_000) {
                List<UUID> chunk = known.subList(i, Math.min(known.size(), i + 1_000));
                assets.componentsOf(chunk).forEach(c -> knownParts.add(partKey(c)));
                assets.softwareOf(chunk).forEach(s -> knownSoftware.add(softwareKey(s)));
            }
        }

        /** The asset a component or software row belongs to: from this file or already in the store. */
        private Asset owner(Row r) {
            Site site = r.site();
            if (site == null) {
                return null;
            }
            String tag = r.text(AssetField.TAG);
            if (tag.isEmpty()) {
                r.report(new FieldProblem(AssetField.TAG, ProblemCode.REQUIRED, ""));
                return null;
            }
            Asset owner = inFile.get(site.id() + "\u0000" + tag);
            if (owner == null) {
                owner = existing.getOrDefault(site.id(), Map.of()).get(tag);
            }
            if (owner == null) {
                r.report(new FieldProblem(AssetField.TAG, ProblemCode.UNKNOWN_ASSET, tag));
            }
            return owner;
        }

        private void component(Row r) {
            Asset owner = owner(r);
            Optional<ComponentKind> kind = r.choice(AssetField.KIND, ValueParsers::partKind);
            LocalDate fitted = r.date(AssetField.FITTED_ON);
            LocalDate removed = r.date(AssetField.REMOVED_ON);
            Component part = new Component(Ids.next(), owner == null ? null : owner.siteId(),
                    owner == null ? null : owner.id(), kind.orElse(null), r.optional(AssetField.MAKE),
                    r.optional(AssetField.MODEL), r.optional(AssetField.SERIAL), r.optional(AssetField.CAPACITY), fitted,
                    removed);
            AssetRules.check(part).forEach(r::report);
            if (owner != null && !r.failed() && knownParts.add(partKey(part))) {
                components.add(part);
            }
        }

        private void software(Row r) {
            Asset owner = owner(r);
            LocalDate installed = r.date(AssetField.INSTALLED_ON);
            String name = r.text(AssetField.NAME);
            if (name.isEmpty()) {
                r.report(new FieldProblem(AssetField.NAME, ProblemCode.REQUIRED, ""));
            }
            if (owner == null || r.failed()) {
                return;
            }
            InstalledSoftware entry = new InstalledSoftware(Ids.next(), owner.siteId(), owner.id(), name,
                    r.optional(AssetField.VERSION), r.optional(AssetField.VENDOR), installed, r.optional(AssetField.LICENCE));
            if (knownSoftware.add(softwareKey(entry))) {
                software.add(entry);
            }
        }

        private static String partKey(Component c) {
            return c.assetId() + "|" + c.kind() + "|" + c.make() + "|" + c.model() + "|" + c.serial() + "|" + c.fittedOn();
        }

        private static String softwareKey(InstalledSoftware s) {
            return s.assetId() + "|" + s.name() + "|" + s.version();
        }

        /** One data row being read: reports its own problems and remembers whether it had any. */
        private final class Row {
            private final TableSheet sheet;
            private final TableRow row;
            private final Map<AssetField, Integer> columns;
            private final Set<AssetField> reported = EnumSet.noneOf(AssetField.class);
            private boolean failed;

            Row(TableSheet sheet, TableRow row, Map<AssetField, Integer> columns) {
                this.sheet = sheet;
                this.row = row;
                this.columns = columns;
            }

            boolean wellFormed() {
                for (int c = sheet.headers().size(); c < row.cells().size(); c++) {
                    if (!row.cells().get(c).isBlank()) {
                        problems.add(new ImportProblem(sheet.name(), row.number(), "#" + (c + 1), row.cells().get(c),
                                ProblemCode.RAGGED_ROW));
                        return false;
                    }
                }
                for (int c : row.formulaColumns()) {
                    problems.add(new ImportProblem(sheet.name(), row.number(), header(c), row.cell(c), ProblemCode.FORMULA));
                    failed = true;
                }
                return !failed;
            }

            boolean failed() {
                return failed;
            }

            String text(AssetField field) {
                Integer column = columns.get(field);
                return column == null ? "" : row.cell(column).strip();
            }

            String optional(AssetField field) {
                String value = text(field);
                return value.isEmpty() ? null : value;
            }

            RecordType recordType() {
                String value = SearchText.normalize(text(AssetField.RECORD));
                RecordType type = switch (value) {
                    case "", "asset", "资产" -> RecordType.ASSET;
                    case "component", "part", "部件", "配件" -> RecordType.COMPONENT;
                    case "software", "软件" -> RecordType.SOFTWARE;
                    default -> null;
                };
                if (type == null) {
                    report(new FieldProblem(AssetField.RECORD, ProblemCode.UNKNOWN_VALUE, text(AssetField.RECORD)));
                }
                return type;
            }

            Site site() {
                String code = text(AssetField.SITE);
                if (code.isEmpty() && mapping.defaultSite() != null) {
                    code = mapping.defaultSite().strip();
                    notice(ImportNotice.Code.DEFAULT_SITE, code);
                }
                if (code.isEmpty()) {
                    report(new FieldProblem(AssetField.SITE, ProblemCode.REQUIRED, ""));
                    return null;
                }
                Site site = sitesByCode.get(code.toLowerCase(Locale.ROOT));
                if (site == null && mapping.createSites()) {
                    if (!SiteCodes.valid(code)) {
                        report(new FieldProblem(AssetField.SITE, ProblemCode.INVALID_SITE_CODE, code));
                        return null;
                    }
                    site = new Site(Ids.next(), code, code, null, java.time.ZoneId.systemDefault(), null, null, null, false);
                    sitesByCode.put(code.toLowerCase(Locale.ROOT), site);
                    newSites.add(site);
                    notice(ImportNotice.Code.SITE_CREATED, code);
                }
                if (site == null) {
                    report(new FieldProblem(AssetField.SITE, ProblemCode.UNKNOWN_SITE, code));
                }
                return site;
            }

            Optional<Integer> months(AssetField field) {
                String value = text(field);
                try {
                    int months = Integer.parseInt(value);
                    if (months >= 0 && months <= 1200) {
                        return Optional.of(months);
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                report(new FieldProblem(field, ProblemCode.UNKNOWN_VALUE, value));
                return Optional.empty();
            }

            <E> Optional<E> choice(AssetField field, Function<String, Optional<E>> parser) {
                String value = text(field);
                if (value.isEmpty()) {
                    report(new FieldProblem(field, ProblemCode.REQUIRED, ""));
                    return Optional.empty();
                }
                Optional<E> parsed = parser.apply(value);
                if (parsed.isEmpty()) {
                    report(new FieldProblem(field, ProblemCode.UNKNOWN_VALUE, value));
                }
                return parsed;
            }

            LocalDate date(AssetField field) {
                String value = text(field);
                if (value.isEmpty()) {
                    return null;
                }
                Optional<LocalDate> parsed = dates.read(value);
                if (parsed.isEmpty() && DateReader.yearLast(value) && dates.orderUnknown()) {
                    failed = true; // the file's one problem about the order of day and month covers it
                } else if (parsed.isEmpty()) {
                    report(new FieldProblem(field, ProblemCode.NOT_A_DATE, value));
                }
                return parsed.orElse(null);
            }

            void report(FieldProblem problem) {
                failed = true;
                if (!reported.add(problem.field())) {
                    return; // one problem per field: "unknown kind" need not be followed by "kind required"
                }
                Integer column = columns.get(problem.field());
                problems.add(new ImportProblem(sheet.name(), row.number(),
                        column == null ? problem.field().header() : header(column), problem.value(), problem.code()));
            }

            private String header(int column) {
                return column < sheet.headers().size() ? sheet.headers().get(column) : "#" + (column + 1);
            }
        }
    }
}
