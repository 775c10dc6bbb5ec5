package org.techbench.service.asset;

import java.io.IOException;
import java.nio.file.Files;
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
import com.carrotsearch.hppc.LongHashSet;
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
import org.techbench.report.table.TableFileReader;
import org.techbench.report.table.TableFileRefused;
import org.techbench.report.table.TableRow;
import org.techbench.report.table.TableSource;
import org.techbench.service.CancelledException;
import org.techbench.service.Progress;
import org.techbench.service.RefusedException;
import org.techbench.replication.CapturingTransaction;
import org.techbench.store.AssetRepository;
import org.techbench.store.SiteRepository;
import org.techbench.store.Store;

/**
 * Imports assets with their components and software from CSV or XLSX: first a plan that writes
 * nothing and lists every problem (the dry run), then the plan applied whole or not at all. Both read
 * the file row by row, twice over (assets, then the parts and software that name them), so that a
 * whole export of 100,000 assets is checked and written without holding it in memory.
 */
public final class AssetImportService {

    /**
     * Rows written, committed and sent up together. A whole export imported in parts of 2,000 took
     * 27–29 s, of 5,000 31–34 s, of 20,000 40–41 s: H2 writes a large transaction's pages more than once.
     */
    private static final int CHUNK = 2_000;

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
        return plan(file, open(file, progress), options, progress);
    }

    /**
     * As {@link #plan}, with the mapping completed by what earlier imports learnt: the columns of a
     * file with the same headers as the user read them, and other tools' values as the user mapped them.
     */
    public ImportPlan planRecalling(Path file, ImportOptions options, Progress progress) {
        TableSource source = open(file, progress);
        ImportMapping recalled = memory.recall(ImportMemory.signature(headersOf(source)), options.mapping());
        return plan(file, source, new ImportOptions(options.updateExisting(), options.allOrNothing(), recalled), progress);
    }

    private ImportPlan plan(Path file, TableSource source, ImportOptions options, Progress progress) {
        ImportPlan.FileStamp stamp = stamp(file);
        Sampling sample = new Sampling();
        Planner planner = new Planner(file, source, options, progress, "check", sample, null);
        planner.run();
        List<ImportNotice> counted = new ArrayList<>();
        planner.notices.forEach((notice, rows) -> counted.add(new ImportNotice(notice.code(), notice.value(), rows)));
        return new ImportPlan(file, stamp, source.format().name(), source.encoding(), options, planner.rowsRead,
                planner.outcome(), sample.sample(), List.copyOf(sample.sites), List.copyOf(planner.problems),
                List.copyOf(counted), List.copyOf(planner.readings));
    }

    private TableSource open(Path file, Progress progress) {
        try {
            progress.report("read", 0, 1);
            return reader.open(file);
        } catch (TableFileRefused e) {
            throw refused(e);
        }
    }

    private ImportRefusedException refused(TableFileRefused e) {
        return new ImportRefusedException(refusals.get().get(e.key(), e.arguments()), e);
    }

    private ImportPlan.FileStamp stamp(Path file) {
        try {
            return new ImportPlan.FileStamp(Files.size(file), Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
            throw new ImportRefusedException(refusals.get().get("file.unreadable", file, e.getMessage()), e);
        }
    }

    private static List<String> headersOf(TableSource source) {
        return source.sheets().stream().flatMap(sheet -> sheet.headers().stream()).toList();
    }

    /**
     * Writes the plan: all of it, or (on failure or cancel) none of it. New rows are committed a
     * chunk at a time under the store's bulk-write journal, which takes them back should the import
     * not finish. The file is read again; one changed since it was checked is refused, to be checked again.
     */
    public ImportResult apply(ImportPlan plan, Progress progress) {
        if (!plan.applicable()) {
            throw new RefusedException(refusals.get(), "refusal.importHasProblems", plan.outcome().problems(), plan.fileName());
        }
        TableSource source = open(plan.file(), progress);
        if (!stamp(plan.file()).equals(plan.stamp())) {
            throw new RefusedException(refusals.get(), "refusal.importFileChanged", plan.fileName());
        }
        // The pages an import writes are not read again: a small cache spares the collector copying them.
        ImportResult result = store.withCopyCache(() -> store.write(technician.get(), tx -> {
            tx.readInsertsWhenSent();
            tx.onUndo((rows, of) -> progress.report("undo", rows, of));
            Planner planner;
            // The writer is waited for before the transaction ends either way: nothing writes into a rolled-back one.
            try (WriteBehind writer = new WriteBehind()) {
                Writing output = new Writing(tx, plan.fileName(), writer);
                planner = new Planner(plan.file(), source, plan.options(), progress, "write", output, plan);
                planner.run();
                output.finish();
            }
            checkCancelled(progress);
            ImportResult written = planner.outcome();
            if (written.problems() > 0 && plan.options().allOrNothing()) {
                // The store changed since the check (a site removed, say): the rows it now refuses stop it all.
                throw new RefusedException(refusals.get(), "refusal.importHasProblems", written.problems(), plan.fileName());
            }
            return written;
        }));
        remember(plan);
        return result;
    }
    /** Keeps how the file was read, with the order of dates its own rows decided, for the next file with its headers. */
    private void remember(ImportPlan plan) {
        ImportMapping used = plan.options().mapping().withDateOrder(dateOrderOf(plan));
        memory.remember(ImportMemory.signature(plan.columns().stream().map(ColumnReading::header).toList()), used);
    }

    /** The order of dates a dry run read the file with: the user's, else the one its own dates told (or none). */
    private static DateOrder dateOrderOf(ImportPlan plan) {
        DateOrder chosen = plan.options().mapping().dateOrder();
        return chosen != null ? chosen : plan.notices().stream().filter(notice -> notice.code() == ImportNotice.Code.DATE_ORDER)
                .findFirst().map(notice -> DateOrder.valueOf(notice.value())).orElse(null);
    }

    private static void checkCancelled(Progress progress) {
        if (progress.cancelled()) {
            throw new CancelledException("Import cancelled; nothing was imported.");
        }
    }

    /** An asset that parts and software rows name: created by this import, or in the store already. */
    private record Owner(UUID id, UUID siteId, boolean created) {
    }

    /** Where a planning run hands what it would write: kept as a sample, or written. */
    private interface Output {
        void site(Site site);

        void create(Asset asset);

        void update(Asset asset);

        /** Every asset row has been read: the parts and software that name them come next. */
        void assetsDone();

        void component(Component part);

        void software(InstalledSoftware entry);
    }

    /** A dry run's output: the new sites, and the first records of each kind. */
    private static final class Sampling implements Output {
        private final List<Site> sites = new ArrayList<>();
        private final List<Asset> creates = new ArrayList<>();
        private final List<Asset> updates = new ArrayList<>();
        private final List<Component> components = new ArrayList<>();
        private final List<InstalledSoftware> software = new ArrayList<>();

        @Override
        public void site(Site site) {
            sites.add(site);
        }

        @Override
        public void create(Asset asset) {
            keep(creates, asset);
        }

        @Override
        public void update(Asset asset) {
            keep(updates, asset);
        }

        @Override
        public void assetsDone() {
        }

        @Override
        public void component(Component part) {
            keep(components, part);
        }

        @Override
        public void software(InstalledSoftware entry) {
            keep(software, entry);
        }

        private static <T> void keep(List<T> kept, T item) {
            if (kept.size() < ImportPlan.SAMPLE_SIZE) {
                kept.add(item);
            }
        }

        ImportPlan.Sample sample() {
            return new ImportPlan.Sample(List.copyOf(creates), List.copyOf(updates), List.copyOf(components),
                    List.copyOf(software));
        }
    }

    /**
     * An import's output: written and committed in chunks, sites and assets before their parts, on
     * the writer's thread while the planner reads on.
     */
    private final class Writing implements Output {
        private final CapturingTransaction tx;
        private final String fileName;
        private final WriteBehind writer;
        private int updatesWritten;
        private int componentsWritten;
        private int softwareWritten;
        private List<Asset> creates = new ArrayList<>(CHUNK);
        private List<Component> components = new ArrayList<>(CHUNK);
        private List<InstalledSoftware> software = new ArrayList<>(CHUNK);

        Writing(CapturingTransaction tx, String fileName, WriteBehind writer) {
            this.tx = tx;
            this.fileName = fileName;
            this.writer = writer;
        }

        @Override
        public void site(Site site) {
            writer.submit(() -> sites.insertAll(tx, List.of(site)));
        }

        @Override
        public void create(Asset asset) {
            creates.add(asset);
            if (creates.size() == CHUNK) {
                flushAssets();
            }
        }

        @Override
        public void update(Asset asset) {
            boolean endsPart = ++updatesWritten % CHUNK == 0;
            writer.submit(() -> {
                assets.update(tx, asset);
                if (endsPart) {
                    tx.endPart();
                }
            });
        }

        @Override
        public void assetsDone() {
            flushAssets();
        }

        @Override
        public void component(Component part) {
            components.add(part);
            componentsWritten++;
            if (components.size() == CHUNK) {
                flushComponents();
            }
        }

        @Override
        public void software(InstalledSoftware entry) {
            software.add(entry);
            softwareWritten++;
            if (software.size() == CHUNK) {
                flushSoftware();
            }
        }

        private void flushAssets() {
            if (!creates.isEmpty()) {
                List<Asset> chunk = creates;
                writer.submit(() -> {
                    assets.importAll(tx, chunk);
                    tx.endPart();
                });
                creates = new ArrayList<>(CHUNK);
            }
        }

        private void flushComponents() {
            if (!components.isEmpty()) {
                List<Component> chunk = components;
                writer.submit(() -> {
                    assets.insertComponents(tx, chunk);
                    tx.endPart();
                });
                components = new ArrayList<>(CHUNK);
            }
        }

        private void flushSoftware() {
            if (!software.isEmpty()) {
                List<InstalledSoftware> chunk = software;
                writer.submit(() -> {
                    assets.insertSoftware(tx, chunk);
                    tx.endPart();
                });
                software = new ArrayList<>(CHUNK);
            }
        }

        /** Writes what is left and the audit of the parts, and waits until every write is done. */
        void finish() {
            flushAssets();
            flushComponents();
            flushSoftware();
            int parts = componentsWritten;
            int entries = softwareWritten;
            writer.submit(() -> assets.auditImportedParts(tx, parts, entries, fileName));
            writer.finish();
        }
    }

    /**
     * One run over one file, the same for the dry run and the import: a first read finds how each
     * column is read and the order of dates, a second takes the assets, a third the parts and software.
     */
    private final class Planner {
        private final Path file;
        private final TableSource source;
        private final ImportOptions options;
        private final Progress progress;
        private final String stage;
        private final Output output;
        private final List<ImportProblem> problems = new ArrayList<>();
        private final Map<String, Site> sitesByCode = new HashMap<>();
        /** The new sites the dry run showed, created with the same ids when the plan is applied. */
        private final Map<String, Site> plannedSites = new HashMap<>();
        private final Map<UUID, Map<String, Asset>> existing = new HashMap<>();
        /** The file's assets by site and tag, kept as little as their parts need: a whole export has 100,000. */
        private final Map<String, Owner> inFile = new HashMap<>();
        // 64-bit hashes of each part's and software's identity, unboxed: a whole export has 1.3M.
        private final LongHashSet knownParts = new LongHashSet();
        private final LongHashSet knownSoftware = new LongHashSet();
        private final Map<ImportNotice, Integer> notices = new LinkedHashMap<>();
        private final Map<Integer, ImportPreset> presets = new HashMap<>();
        private final List<ColumnReading> readings = new ArrayList<>();
        /** Where each reading's column is: its sheet's index and the column's. */
        private final List<int[]> readingAt = new ArrayList<>();
        private final ImportMapping mapping;
        private final ImportPlan checked;
        private DateReader dates;
        private int problemCount;
        private int creates;
        private int updates;
        private int unchanged;
        private int skipped;
        private int components;
        private int software;
        private int rowsRead;
        private long rowsDone;
        private long total;

        /** With {@code checked}, the dry run of the same file: its order of dates and its new sites are kept. */
        Planner(Path file, TableSource source, ImportOptions options, Progress progress, String stage, Output output,
                ImportPlan checked) {
            this.file = file;
            this.checked = checked;
            if (checked != null) {
                checked.newSites().forEach(site -> plannedSites.put(site.code().toLowerCase(Locale.ROOT), site));
            }
            this.source = source;
            this.options = options;
            this.progress = progress;
            this.stage = stage;
            this.output = output;
            this.mapping = options.mapping();
        }

        private void notice(ImportNotice.Code code, String value) {
            notices.merge(new ImportNotice(code, value, 0), 1, Integer::sum);
        }

        private void problem(ImportProblem problem) {
            if (problemCount++ < ImportPlan.PROBLEMS_KEPT) {
                problems.add(problem);
            }
        }

        ImportResult outcome() {
            return new ImportResult(creates, updates, unchanged, skipped, components, software, problemCount);
        }

        void run() {
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
            List<TableSource.Sheet> sheets = source.sheets();
            List<Map<AssetField, Integer>> columnsOf = new ArrayList<>();
            for (int i = 0; i < sheets.size(); i++) {
                columnsOf.add(columns(i, sheets.get(i)));
            }
            DateOrder order;
            if (checked == null) {
                order = survey(columnsOf);
            } else {
                order = dateOrderOf(checked);
                total = 2L * checked.rowsRead();
            }
            dates = new DateReader(order, java.time.Year.now(store.wallClock()).getValue());
            List<RecordType> types = new ArrayList<>();
            Set<Integer> unreadable = new HashSet<>();
            for (int i = 0; i < sheets.size(); i++) {
                RecordType type = sheetType(sheets.get(i), columnsOf.get(i));
                types.add(type);
                if (type == RecordType.ASSET && !columnsOf.get(i).containsKey(AssetField.RECORD)
                        && missesColumns(sheets.get(i), columnsOf.get(i))) {
                    unreadable.add(i);
                }
            }
            for (int i = 0; i < sheets.size(); i++) {
                if (unreadable.contains(i)) {
                    continue;
                }
                int sheet = i;
                read(sheet, row -> {
                    Row r = new Row(sheet, sheets.get(sheet), row, columnsOf.get(sheet));
                    rowsRead++;
                    if (r.wellFormed() && (r.has(AssetField.RECORD) ? r.recordType(true) : types.get(sheet)) == RecordType.ASSET) {
                        asset(r);
                    }
                });
            }
            output.assetsDone();
            loadExistingParts();
            for (int i = 0; i < sheets.size(); i++) {
                if (unreadable.contains(i) || types.get(i) == RecordType.ASSET && !columnsOf.get(i).containsKey(AssetField.RECORD)) {
                    continue;
                }
                int sheet = i;
                read(sheet, row -> {
                    Row r = new Row(sheet, sheets.get(sheet), row, columnsOf.get(sheet));
                    // Ill-formed rows and unknown records were reported on the way through the assets.
                    if (!r.quietlyWellFormed()) {
                        return;
                    }
                    RecordType type = r.has(AssetField.RECORD) ? r.recordType(false) : types.get(sheet);
                    if (type == RecordType.COMPONENT) {
                        component(r);
                    } else if (type == RecordType.SOFTWARE) {
                        software(r);
                    }
                });
            }
            progress.report(stage, total, total);
        }

        /** Reads one sheet's rows, telling the progress and stopping when the user cancels. */
        private void read(int sheet, java.util.function.Consumer<TableRow> action) {
            try {
                source.forEachRow(sheet, row -> {
                    if (++rowsDone % 2_000 == 0) {
                        checkCancelled(progress);
                        progress.report(stage, rowsDone, Math.max(total, rowsDone));
                    }
                    action.accept(row);
                });
            } catch (TableFileRefused e) {
                throw refused(e);
            }
        }

        /**
         * The first read: each column's first value, to show how it is read, and the order of day and
         * month for dates with the year last: the user's, else the one the file's own dates tell; a file
         * whose dates cannot tell, or contradict each other, gets a problem.
         */
        private DateOrder survey(List<Map<AssetField, Integer>> columnsOf) {
            Set<AssetField> dateFields = EnumSet.of(AssetField.PURCHASED_ON, AssetField.WARRANTY_ENDS_ON, AssetField.FITTED_ON,
                    AssetField.REMOVED_ON, AssetField.INSTALLED_ON);
            DateReader.Survey survey = new DateReader.Survey();
            List<TableSource.Sheet> sheets = source.sheets();
            long rows = 0;
            List<ColumnReading> unsampled = List.copyOf(readings);
            for (int i = 0; i < sheets.size(); i++) {
                int sheet = i;
                String[] samples = new String[sheets.get(i).headers().size()];
                int[] dateColumns = columnsOf.get(i).entrySet().stream().filter(e -> dateFields.contains(e.getKey()))
                        .mapToInt(Map.Entry::getValue).toArray();
                long[] count = {0};
                try {
                    source.forEachRow(sheet, row -> {
                        if (++count[0] % 10_000 == 0) {
                            checkCancelled(progress);
                        }
                        for (int c = 0; c < samples.length; c++) {
                            if (samples[c] == null && !row.cell(c).isEmpty()) {
                                samples[c] = row.cell(c);
                            }
                        }
                        if (mapping.dateOrder() == null) {
                            for (int column : dateColumns) {
                                survey.add(row.cell(column));
                            }
                        }
                    });
                } catch (TableFileRefused e) {
                    throw refused(e);
                }
                rows += count[0];
                for (int r = 0; r < unsampled.size(); r++) {
                    if (readingAt.get(r)[0] == sheet) {
                        String sample = samples[readingAt.get(r)[1]];
                        ColumnReading reading = unsampled.get(r);
                        readings.set(r, new ColumnReading(reading.sheet(), reading.header(), sample == null ? "" : sample,
                                reading.field(), reading.source()));
                    }
                }
            }
            total = 2 * rows;
            if (mapping.dateOrder() != null) {
                return mapping.dateOrder();
            }
            DateReader.Decision decision = survey.decision();
            String firstSheet = sheets.getFirst().name();
            if (decision.contradictory()) {
                problem(new ImportProblem(firstSheet, 1, "", survey.example(), ProblemCode.DATE_ORDER_CONTRADICTS));
            } else if (decision.anyYearLast() && decision.order() == null) {
                problem(new ImportProblem(firstSheet, 1, "", survey.example(), ProblemCode.DATE_ORDER_UNKNOWN));
            } else if (decision.order() != null) {
                notice(ImportNotice.Code.DATE_ORDER, decision.order().name());
            }
            return decision.order();
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
        private boolean missesColumns(TableSource.Sheet sheet, Map<AssetField, Integer> columns) {
            boolean misses = false;
            for (AssetField needed : List.of(AssetField.TAG, AssetField.NAME, AssetField.KIND, AssetField.SITE)) {
                if (!columns.containsKey(needed) && !(needed == AssetField.SITE && mapping.defaultSite() != null)) {
                    problem(new ImportProblem(sheet.name(), 1, needed.header(), needed.header(), ProblemCode.MISSING_COLUMN));
                    misses = true;
                }
            }
            return misses;
        }

        /** Each field's column: mapped by the user, else by the other tool's preset, else by our own headers. */
        private Map<AssetField, Integer> columns(int index, TableSource.Sheet sheet) {
            ImportPreset preset = preset(index, sheet);
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
                readings.add(new ColumnReading(sheet.name(), header, "", field.orElse(null), source));
                readingAt.add(new int[] {index, c});
                if (field.isEmpty()) {
                    notice(mapped != null ? ImportNotice.Code.COLUMN_IGNORED : ImportNotice.Code.UNKNOWN_COLUMN, header);
                } else if (columns.putIfAbsent(field.get(), c) != null) {
                    problem(new ImportProblem(sheet.name(), 1, header, field.get().header(), ProblemCode.COLUMN_TWICE));
                }
            }
            return columns;
        }

        /** The tool the user named, which the sheet must fit, or the one its headers show. */
        private ImportPreset preset(int index, TableSource.Sheet sheet) {
            ImportPreset named = mapping.preset();
            if (named != null) {
                List<String> missing = named.missing(sheet.headers());
                if (!missing.isEmpty()) {
                    throw new ImportRefusedException(refusals.get().get("import.presetDoesNotFit", file.getFileName().toString(),
                            named.cliName(), String.join(", ", missing)), null);
                }
                presets.put(index, named);
                return named;
            }
            Optional<ImportPreset> found = ImportPreset.matching(sheet.headers());
            found.ifPresent(preset -> notice(ImportNotice.Code.PRESET, preset.cliName()));
            found.ifPresent(preset -> presets.put(index, preset));
            return found.orElse(null);
        }

        private RecordType sheetType(TableSource.Sheet sheet, Map<AssetField, Integer> columns) {
            String name = SearchText.normalize(sheet.name());
            if (name.contains("component") || name.contains("part") || name.contains("部件") || name.contains("配件")) {
                return RecordType.COMPONENT;
            }
            if (name.contains("software") || name.contains("软件")) {
                return RecordType.SOFTWARE;
            }
            if (source.sheets().size() > 1 && !columns.containsKey(AssetField.TAG)) {
                return null;
            }
            return RecordType.ASSET;
        }

        private void asset(Row r) {
            Site site = r.site();
            String tag = r.text(AssetField.TAG);
            if (tag.isEmpty() && presets.get(r.sheetIndex) == ImportPreset.GLPI) {
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
            if (inFile.putIfAbsent(key, new Owner(asset.id(), asset.siteId(), existingAsset == null)) != null) {
                r.report(new FieldProblem(AssetField.TAG, ProblemCode.DUPLICATE_IN_FILE, tag));
                return;
            }
            if (existingAsset == null) {
                creates++;
                output.create(asset);
            } else if (!options.updateExisting()) {
                skipped++;
            } else if (existingAsset.equals(asset)) {
                unchanged++;
            } else {
                updates++;
                output.update(asset);
            }
        }

        private void loadExistingParts() {
            List<UUID> known = inFile.values().stream().filter(owner -> !owner.created()).map(Owner::id).toList();
            for (int i = 0; i < known.size(); i += 1_000) {
                List<UUID> chunk = known.subList(i, Math.min(known.size(), i + 1_000));
                assets.componentsOf(chunk).forEach(c -> knownParts.add(partKey(c)));
                assets.softwareOf(chunk).forEach(s -> knownSoftware.add(softwareKey(s)));
            }
        }

        /** The asset a component or software row belongs to: from this file or already in the store. */
        private Owner owner(Row r) {
            Site site = r.site();
            if (site == null) {
                return null;
            }
            String tag = r.text(AssetField.TAG);
            if (tag.isEmpty()) {
                r.report(new FieldProblem(AssetField.TAG, ProblemCode.REQUIRED, ""));
                return null;
            }
            Owner owner = inFile.get(site.id() + "\u0000" + tag);
            if (owner == null) {
                Asset stored = existing.getOrDefault(site.id(), Map.of()).get(tag);
                owner = stored == null ? null : new Owner(stored.id(), stored.siteId(), false);
            }
            if (owner == null) {
                r.report(new FieldProblem(AssetField.TAG, ProblemCode.UNKNOWN_ASSET, tag));
            }
            return owner;
        }

        private void component(Row r) {
            Owner owner = owner(r);
            Optional<ComponentKind> kind = r.choice(AssetField.KIND, ValueParsers::partKind);
            LocalDate fitted = r.date(AssetField.FITTED_ON);
            LocalDate removed = r.date(AssetField.REMOVED_ON);
            Component part = new Component(Ids.next(), owner == null ? null : owner.siteId(),
                    owner == null ? null : owner.id(), kind.orElse(null), r.optional(AssetField.MAKE),
                    r.optional(AssetField.MODEL), r.optional(AssetField.SERIAL), r.optional(AssetField.CAPACITY), fitted,
                    removed);
            AssetRules.check(part).forEach(r::report);
            if (owner != null && !r.failed() && knownParts.add(partKey(part))) {
                components++;
                output.component(part);
            }
        }

        private void software(Row r) {
            Owner owner = owner(r);
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
                software++;
                output.software(entry);
            }
        }

        private static long partKey(Component c) {
            return IdentityHash.of(c.assetId(), c.kind(), c.make(), c.model(), c.serial(), c.fittedOn());
        }

        private static long softwareKey(InstalledSoftware s) {
            return IdentityHash.of(s.assetId(), s.name(), s.version());
        }

        /** One data row being read: reports its own problems and remembers whether it had any. */
        private final class Row {
            private final int sheetIndex;
            private final TableSource.Sheet sheet;
            private final TableRow row;
            private final Map<AssetField, Integer> columns;
            private final Set<AssetField> reported = EnumSet.noneOf(AssetField.class);
            private boolean failed;

            Row(int sheetIndex, TableSource.Sheet sheet, TableRow row, Map<AssetField, Integer> columns) {
                this.sheetIndex = sheetIndex;
                this.sheet = sheet;
                this.row = row;
                this.columns = columns;
            }

            boolean wellFormed() {
                for (int c = sheet.headers().size(); c < row.cells().size(); c++) {
                    if (!row.cells().get(c).isBlank()) {
                        problem(new ImportProblem(sheet.name(), row.number(), "#" + (c + 1), row.cells().get(c),
                                ProblemCode.RAGGED_ROW));
                        return false;
                    }
                }
                for (int c : row.formulaColumns()) {
                    problem(new ImportProblem(sheet.name(), row.number(), header(c), row.cell(c), ProblemCode.FORMULA));
                    failed = true;
                }
                return !failed;
            }

            /** As {@link #wellFormed}, for a row whose problems were reported on an earlier read. */
            boolean quietlyWellFormed() {
                for (int c = sheet.headers().size(); c < row.cells().size(); c++) {
                    if (!row.cells().get(c).isBlank()) {
                        return false;
                    }
                }
                return row.formulaColumns().isEmpty();
            }

            boolean has(AssetField field) {
                return columns.containsKey(field);
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

            RecordType recordType(boolean reportUnknown) {
                String value = SearchText.normalize(text(AssetField.RECORD));
                RecordType type = switch (value) {
                    case "", "asset", "资产" -> RecordType.ASSET;
                    case "component", "part", "部件", "配件" -> RecordType.COMPONENT;
                    case "software", "软件" -> RecordType.SOFTWARE;
                    default -> null;
                };
                if (type == null && reportUnknown) {
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
                    site = plannedSites.getOrDefault(code.toLowerCase(Locale.ROOT),
                            new Site(Ids.next(), code, code, null, java.time.ZoneId.systemDefault(), null, null, null, false));
                    sitesByCode.put(code.toLowerCase(Locale.ROOT), site);
                    output.site(site);
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
                problem(new ImportProblem(sheet.name(), row.number(),
                        column == null ? problem.field().header() : header(column), problem.value(), problem.code()));
            }

            private String header(int column) {
                return column < sheet.headers().size() ? sheet.headers().get(column) : "#" + (column + 1);
            }
        }
    }
}
