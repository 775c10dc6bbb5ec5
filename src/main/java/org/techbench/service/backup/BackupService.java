package org.techbench.service.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techbench.i18n.Texts;
import org.techbench.replication.SchemaVersion;
import org.techbench.service.Progress;
import org.techbench.service.RefusedException;
import org.techbench.store.StoreBackups;
import org.techbench.store.StoreCensus;
import org.techbench.store.StoreCopy;
import org.techbench.store.StoreKey;

/**
 * Backs the store up while it is in use (an online copy of its file) into a folder of the technician's
 * choosing, with its attachments copied once by hash and a manifest of every table's rows and
 * checksum; verifies a backup against its manifest; keeps the newest few by day and by week.
 */
public final class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Room a backup asks for, in store sizes: the zip (smaller) and the check's copy of the store (as large) are there at once. */
    private static final double SPACE_MARGIN = 2.0;
    static final String PREFIX = "techbench-";
    static final String STORE_ENTRY = "techbench.mv.db";

    private final StoreBackups store;
    private final Path attachments;
    /** The store's key where it is encrypted: a backup of it is the encrypted file, read with this key. */
    private final StoreKey key;
    private final Path defaultFolder;
    private final Clock clock;
    private final Supplier<Texts> refusals;
    private final ToLongFunction<Path> freeSpace;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    /** {@code freeSpace} says how many bytes a folder's disk has left (the file system's own figure outside tests). */
    public BackupService(StoreBackups store, Path attachments, StoreKey key, Path defaultFolder, Clock clock,
                         Supplier<Texts> refusals, ToLongFunction<Path> freeSpace) {
        this.store = store;
        this.attachments = attachments;
        this.key = key;
        this.defaultFolder = defaultFolder;
        this.clock = clock;
        this.refusals = refusals;
        this.freeSpace = freeSpace;
    }

    /**
     * A service that only reads backups (lists and verifies them), for work done while the store is
     * closed; {@code key} is the data folder's, unlocked, or {@code null} where it is not encrypted.
     */
    public static BackupService reader(Path defaultFolder, StoreKey key, Clock clock, Supplier<Texts> refusals) {
        return new BackupService(null, null, key, defaultFolder, clock, refusals, BackupService::usableSpace);
    }

    /** The same service, asking {@code space} how much room a folder's disk has (a disk near full, for a test). */
    public BackupService withFreeSpace(ToLongFunction<Path> space) {
        return new BackupService(store, attachments, key, defaultFolder, clock, refusals, space);
    }

    /** The disk's usable space as the file system reports it; unknown counts as none. */
    public static long usableSpace(Path folder) {
        try {
            FileStore disk = Files.getFileStore(folder);
            return disk.getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The data folder's own backups folder, used when no other is chosen. */
    public Path defaultFolder() {
        return defaultFolder;
    }

    /** Makes a backup in {@code folder}, checks it, then prunes the old ones as {@code retention} says. */
    public BackupManifest create(Path folder, Retention retention, Progress progress) {
        Path target = usableFolder(folder);
        long started = System.nanoTime();
        Instant now = clock.instant();
        String name = freeName(target, now);
        Path zip = target.resolve(name + ".zip");
        Path partial = target.resolve(name + ".part.zip");
        try {
            long needed = (long) (size(store.databaseFile()) * SPACE_MARGIN) + newAttachmentBytes(target);
            long free = freeSpace.applyAsLong(target);
            if (free < needed) {
                throw new RefusedException(refusals.get(), "refusal.backupNoSpace", target, megabytes(needed), megabytes(free));
            }
            progress.report("backup", 0, 3);
            long storeBytes = Math.max(1, size(store.databaseFile()));
            StoreCensus census;
            StoreCopy copy;
            Path work = Files.createTempDirectory(target, ".check-");
            try {
                // The copy is the first two thirds of the bar: checking it and the attachments the rest.
                copy = store.backUpTo(partial, work.resolve(STORE_ENTRY), progress::cancelled,
                        bytes -> progress.report("backup", 2 * Math.min(bytes, storeBytes), 3 * storeBytes));
                if (progress.cancelled()) {
                    throw new org.techbench.service.CancelledException(refusals.get().get("backup.cancelled"));
                }
                progress.report("check", 2, 3);
                census = StoreBackups.counts(work.resolve("techbench"), key);
            } finally {
                deleteFolder(work);
            }
            progress.report("attachments", 5, 6);
            List<String> copied = copyAttachments(target);
            Files.move(partial, zip, StandardCopyOption.ATOMIC_MOVE);
            long millis = (System.nanoTime() - started) / 1_000_000;
            BackupManifest manifest = new BackupManifest(name, now, census.schemaVersion(), size(zip), millis, census.tables(),
                    copied, key == null ? null : key.fingerprint(), copy.sha256());
            writeManifest(target, manifest);
            log(target, manifest, "ok");
            prune(target, retention);
            progress.report("done", 3, 3);
            LOG.info("Backed up the store to {} ({} bytes, {} rows) in {} ms", zip, manifest.bytes(), manifest.rows(), millis);
            return manifest;
        } catch (IOException | SQLException | RuntimeException e) {
            deleteQuietly(partial);
            log(target, new BackupManifest(name, now, 0, 0, (System.nanoTime() - started) / 1_000_000, Map.of(), List.of(), null, null),
                    "failed: " + e.getMessage());
            if (e instanceof RefusedException refused) {
                throw refused;
            }
            if (e instanceof org.techbench.service.CancelledException cancelled) {
                throw cancelled;
            }
            throw new RefusedException(refusals.get(), "refusal.backupFailed", target, e.getMessage());
        }
    }

    /** The newest backup in a folder, if it holds any (a missing folder holds none). */
    public java.util.Optional<BackupManifest> newest(Path folder) {
        return Files.isDirectory(folder) ? list(folder).stream().findFirst() : java.util.Optional.empty();
    }

    /** Whether the automatic backup is due: none in the folder yet, or the newest older than {@code age}. */
    public boolean due(Path folder, java.time.Duration age) {
        return newest(folder).map(last -> last.createdAt().isBefore(clock.instant().minus(age))).orElse(true);
    }

    /** The backups in a folder with their manifests, newest first. */
    public List<BackupManifest> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RefusedException(refusals.get(), "refusal.backupFolderMissing", folder);
        }
        List<BackupManifest> found = new ArrayList<>();
        try (DirectoryStream<Path> manifests = Files.newDirectoryStream(folder, PREFIX + "*.json")) {
            for (Path file : manifests) {
                try {
                    found.add(json.readValue(file.toFile(), BackupManifest.class));
                } catch (IOException e) {
                    LOG.warn("Skipping unreadable backup manifest {}: {}", file, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new RefusedException(refusals.get(), "refusal.backupFolderUnreadable", folder, e.getMessage());
        }
        found.sort(Comparator.comparing(BackupManifest::createdAt).reversed());
        return found;
    }

    /**
     * Opens a backup read-only and compares every table's rows and checksum with its manifest;
     * a damaged, truncated or newer backup, or missing attachments, are problems.
     */
    public BackupCheck verify(Path backup, Progress progress) {
        Path zip = backup.toString().endsWith(".zip") ? backup : backup.resolveSibling(backup.getFileName() + ".zip");
        String name = zip.getFileName().toString().replaceFirst("\\.zip$", "");
        Path manifestFile = zip.resolveSibling(name + ".json");
        Texts texts = refusals.get();
        if (!Files.isRegularFile(zip)) {
            throw new RefusedException(texts, "refusal.backupMissing", zip);
        }
        BackupManifest manifest;
        try {
            manifest = json.readValue(manifestFile.toFile(), BackupManifest.class);
        } catch (IOException e) {
            return new BackupCheck(name, null, List.of(texts.get("backup.noManifest", manifestFile)));
        }
        if (manifest.schemaVersion() > SchemaVersion.CURRENT) {
            return new BackupCheck(name, manifest, List.of(texts.get("backup.newer", manifest.schemaVersion(),
                    SchemaVersion.CURRENT)));
        }
        if (manifest.keyFingerprint() != null && (key == null || !key.fingerprint().equals(manifest.keyFingerprint()))) {
            return new BackupCheck(name, manifest, List.of(texts.get("backup.otherKey", manifest.keyFingerprint())));
        }
        List<String> problems = new ArrayList<>();
        progress.report("check", 0, 1);
        try {
            problems.addAll(compare(manifest, zip, manifest.keyFingerprint() == null ? null : key));
        } catch (IOException | SQLException | RuntimeException e) {
            problems.add(texts.get("backup.damaged", e.getMessage()));
        }
        for (String sha : manifest.attachments()) {
            if (!Files.isRegularFile(zip.getParent().resolve("attachments").resolve(sha))) {
                problems.add(texts.get("backup.attachmentMissing", sha));
            }
        }
        progress.report("check", 1, 1);
        return new BackupCheck(name, manifest, problems);
    }

    /** Keeps the newest backup of each of the last days and weeks the retention names; removes the rest and unused attachments. */
    public void prune(Path folder, Retention retention) {
        List<BackupManifest> all = list(folder);
        ZoneId zone = clock.getZone();
        Set<String> keep = new HashSet<>();
        Set<LocalDate> days = new LinkedHashSet<>();
        Set<String> weeks = new LinkedHashSet<>();
        for (BackupManifest backup : all) {
            LocalDate day = backup.createdAt().atZone(zone).toLocalDate();
            if (days.size() < retention.daily() && days.add(day)) {
                keep.add(backup.name());
            }
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (weeks.size() < retention.weekly() && weeks.add(week)) {
                keep.add(backup.name());
            }
        }
        Set<String> needed = new HashSet<>();
        for (BackupManifest backup : all) {
            if (keep.contains(backup.name())) {
                needed.addAll(backup.attachments());
            } else {
                deleteQuietly(folder.resolve(backup.name() + ".zip"));
                deleteQuietly(folder.resolve(backup.name() + ".json"));
                LOG.info("Removed backup {} (older than the retention keeps)", backup.name());
            }
        }
        Path copies = folder.resolve("attachments");
        if (Files.isDirectory(copies)) {
            try (Stream<Path> files = Files.list(copies)) {
                files.filter(file -> !needed.contains(file.getFileName().toString())).forEach(BackupService::deleteQuietly);
            } catch (IOException e) {
                LOG.warn("Could not prune the attachments in {}: {}", copies, e.getMessage());
            }
        }
    }

    /** The folder, made when it is this data folder's own; another that is missing or read-only is refused. */
    private Path usableFolder(Path folder) {
        Path target = folder.toAbsolutePath().normalize();
        if (target.equals(defaultFolder.toAbsolutePath().normalize())) {
            try {
                Files.createDirectories(target);
            } catch (IOException e) {
                throw new RefusedException(refusals.get(), "refusal.backupFolderReadOnly", target);
            }
        }
        if (!Files.exists(target)) {
            throw new RefusedException(refusals.get(), "refusal.backupFolderMissing", target);
        }
        if (!Files.isDirectory(target)) {
            throw new RefusedException(refusals.get(), "refusal.backupNotAFolder", target);
        }
        if (!Files.isWritable(target)) {
            throw new RefusedException(refusals.get(), "refusal.backupFolderReadOnly", target);
        }
        return target;
    }

    private static String freeName(Path target, Instant now) {
        String base = PREFIX + NAME_TIME.format(now.atZone(ZoneId.systemDefault()));
        String name = base;
        for (int n = 2; Files.exists(target.resolve(name + ".zip")) || Files.exists(target.resolve(name + ".json")); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /**
     * How the backup's store differs from its manifest. A manifest with the store file's SHA-256
     * needs only that and each table's row count; an older one, every row read and summed.
     */
    private List<String> compare(BackupManifest manifest, Path zip, StoreKey with) throws IOException, SQLException {
        Texts texts = refusals.get();
        List<String> problems = new ArrayList<>();
        Path work = Files.createTempDirectory(zip.getParent(), ".check-");
        try {
            StoreCopy copy = null;
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    if (entry.getName().equals(STORE_ENTRY)) {
                        try (OutputStream out = Files.newOutputStream(work.resolve(STORE_ENTRY))) {
                            copy = StoreCopy.copy(in, out);
                        }
                    }
                }
            }
            if (copy == null) {
                throw new IOException(texts.get("backup.noStoreInZip", zip.getFileName()));
            }
            if (manifest.storeSha256() != null && !manifest.storeSha256().equals(copy.sha256())) {
                return List.of(texts.get("backup.damaged", texts.get("backup.storeChanged")));
            }
            Path base = work.resolve("techbench");
            StoreCensus census = manifest.storeSha256() != null ? StoreBackups.counts(base, with) : StoreBackups.census(base, with);
            manifest.tables().forEach((table, expected) -> {
                StoreCensus.TableFigures found = census.tables().get(table);
                if (found == null) {
                    problems.add(texts.get("backup.tableMissing", table));
                } else if (found.rows() != expected.rows()) {
                    problems.add(texts.get("backup.rowsDiffer", table, expected.rows(), found.rows()));
                } else if (expected.checksum() != null && !expected.checksum().equals(found.checksum())) {
                    problems.add(texts.get("backup.checksumDiffers", table));
                }
            });
            return problems;
        } finally {
            deleteFolder(work);
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(BackupService::deleteQuietly);
        }
        deleteQuietly(folder);
    }

    /** Copies each attachment the backup folder does not hold yet (by its hash name); returns them all. */
    private List<String> copyAttachments(Path target) throws IOException {
        List<String> all = new ArrayList<>();
        if (!Files.isDirectory(attachments)) {
            return all;
        }
        Path copies = Files.createDirectories(target.resolve("attachments"));
        try (Stream<Path> files = Files.list(attachments)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String sha = file.getFileName().toString();
                all.add(sha);
                Path copy = copies.resolve(sha);
                if (!Files.exists(copy)) {
                    Path partial = copies.resolve(sha + ".part");
                    try (InputStream in = Files.newInputStream(file)) {
                        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                    }
                    Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
        return all;
    }

    private long newAttachmentBytes(Path target) {
        if (!Files.isDirectory(attachments)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(attachments)) {
            return files.filter(file -> !Files.exists(target.resolve("attachments").resolve(file.getFileName())))
                    .mapToLong(BackupService::size).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private void writeManifest(Path target, BackupManifest manifest) throws IOException {
        Path file = target.resolve(manifest.name() + ".json");
        Path partial = target.resolve(manifest.name() + ".json.part");
        json.writeValue(partial.toFile(), manifest);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }

    /** One line a run in the folder's log: when, which backup, how big, how long, and how it ended. */
    private static void log(Path target, BackupManifest run, String result) {
        String line = "%s\t%s\t%d\t%d\t%s%n".formatted(run.createdAt(), run.name(), run.bytes(), run.millis(),
                result.replace('\n', ' '));
        try {
            Files.writeString(target.resolve("backup-log.tsv"), line, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warn("Could not log the backup run in {}: {}", target, e.getMessage());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long megabytes(long bytes) {
        return (bytes + 999_999) / 1_000_000;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Could not remove {}: {}", file, e.getMessage());
        }
    }
}
