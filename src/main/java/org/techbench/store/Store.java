package org.techbench.store;

import static org.techbench.schema.Tables.SYNC_NODE;
import static org.techbench.schema.Tables.SYNC_OUTBOX;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.h2.Driver;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techbench.domain.sync.HybridClock;
import org.techbench.replication.BulkWriteUndo;
import org.techbench.replication.CapturingTransaction;
import org.techbench.replication.PreparedStatements;
import org.techbench.replication.RenderedStatements;
import org.techbench.replication.ReplicaDatabase;
import org.techbench.replication.RowMappings;

/**
 * The technician's embedded H2 store: opened once per data folder (a file lock keeps a second
 * TechBench out), migrated on open, and written only through {@link #write}, which records every
 * change for sync in the same transaction.
 */
public final class Store implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);

    private final DataFolder folder;
    private final FileChannel lockChannel;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    /**
     * The connection every write runs on, held for the store's life. A pooled connection is rolled
     * back when it goes back to the pool, and that empties H2's cache of parsed statements: on a
     * held one, the statements of a one-row write are parsed once, not at every write.
     */
    private final Connection writeConnection;
    private final DSLContext writeDsl;
    private final HybridClock clock;
    private final String nodeId;
    private final Clock wallClock;
    private final ReentrantLock writeLock = new ReentrantLock();
    /** Set when an import's parts could not be taken back: later writes would be taken back with them at the next open. */
    private volatile boolean undoLeftForNextOpen;
    private final RenderedStatements statements = new RenderedStatements();
    private final RowMappings rowMappings = new RowMappings();
    private volatile Consumer<Set<String>> commitListener = tables -> { };
    /** The next outbox sequence number; guarded by {@link #writeLock}. */
    private long nextSeq;
    private final Map<String, Long> tableVersions = new ConcurrentHashMap<>();

    private Store(DataFolder folder, FileChannel lockChannel, JdbcConnectionPool pool, Clock wallClock) {
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.pool = pool;
        this.wallClock = wallClock;
        Settings settings = new Settings().withRenderSchema(false).withExecuteLogging(false)
                // Rows map into the domain's records by component name (site_id into siteId): Records, fetchInto.
                .withMapRecordComponentParameterNames(true);
        this.dsl = DSL.using(pool, SQLDialect.H2, settings);
        this.writeConnection = heldConnection(folder);
        this.writeDsl = DSL.using(writeConnection, SQLDialect.H2, settings);
        var node = dsl.selectFrom(SYNC_NODE).where(SYNC_NODE.SINGLETON.eq(1)).fetchOptional()
                .orElseGet(this::registerNode);
        this.nodeId = node.getNodeId();
        BulkWriteUndo.undoUnfinished(writeDsl);
        // Local writes leave their clock and sequence number only in their outbox entries (see
        // CapturingTransaction.finish), so the newest entry may be ahead of sync_node. Both grow
        // together, so the entry with the highest number (found by the primary key, not a scan of
        // a large outbox) also holds the highest clock.
        var newest = dsl.select(SYNC_OUTBOX.HLC, SYNC_OUTBOX.SEQ).from(SYNC_OUTBOX).orderBy(SYNC_OUTBOX.SEQ.desc()).limit(1)
                .fetchOne();
        long highWater = Math.max(node.getHighWater(), newest == null ? 0 : newest.value1());
        this.clock = new HybridClock(wallClock::millis, highWater);
        this.nextSeq = Math.max(node.getNextSeq(), newest == null ? 1 : newest.value2() + 1);
    }

    /** Opens (creating or migrating as needed) the store in the folder, or says clearly why it cannot. */
    public static Store open(DataFolder folder, Clock wallClock) {
        return open(folder, wallClock, backup -> { });
    }

    /**
     * Opens the store; {@code copying} hears of the backup file before an older store is copied
     * and migrated, which takes seconds for a large store, so a window can say why it waits.
     */
    public static Store open(DataFolder folder, Clock wallClock, Consumer<Path> copying) {
        folder.prepare();
        // jOOQ's first query loads several hundred classes; doing that while H2 reads the store's
        // file cuts about a third off opening a large store.
        Thread.ofPlatform().daemon().name("jooq-warm-up").start(Store::warmUpJooq);
        FileChannel lockChannel = lock(folder);
        JdbcConnectionPool pool = null;
        try {
            if (folder.encrypted() && folder.key() == null) {
                throw new StoreException(StoreProblem.WRONG_PASSPHRASE, folder.keyFile(),
                        "The store in " + folder.root() + " is encrypted: its passphrase is needed to open it.", null);
            }
            if (folder.key() != null) {
                // Encryption was turned on and cut off before the store itself was encrypted: finish it.
                StoreEncryption.finish(folder);
            }
            if (!Files.exists(folder.database())) {
                createStore(folder);
            }
            pool = pool(folder);
            probe(pool, folder);
            Integer applied = Migrations.appliedVersion(pool);
            if (Migrations.isOlder(applied)) {
                // The store is copied as a closed file: a plain copy takes seconds where H2's BACKUP
                // (which compresses) took minutes for a 4 GB store.
                pool.dispose();
                pool = null;
                copying.accept(folder.backups());
                Migrations.copyBeforeMigrating(folder.database(), folder.backups(), applied);
                pool = pool(folder);
            }
            Migrations.bringUpToDate(pool, folder.database());
            return new Store(folder, lockChannel, pool, wallClock);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            closeQuietly(lockChannel);
            throw e;
        }
    }

    static void warmUpJooq() {
        DSLContext offline = DSL.using(SQLDialect.H2, new Settings().withRenderSchema(false));
        offline.render(offline.selectFrom(SYNC_NODE).where(SYNC_NODE.SINGLETON.eq(1)));
        offline.newRecord(SYNC_NODE).setNodeId("warm-up");
    }

    private static JdbcConnectionPool pool(DataFolder folder) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(folder), "techbench", "");
        pool.setMaxConnections(8);
        return pool;
    }

    static String url(DataFolder folder) {
        return url(folder.root().resolve("techbench"), folder.key());
    }

    /**
     * The JDBC address, before its settings, of a store file given without its {@code .mv.db}. With
     * a key, the file is read through the key's {@link EncryptedFileSystem}, and query results stay
     * in memory however large: H2 writes larger ones to temporary files of its own naming, which
     * would bypass the file system and hold rows in plain text.
     */
    static String location(Path base, StoreKey key) {
        return key == null ? "jdbc:h2:file:" + base.toAbsolutePath()
                : "jdbc:h2:" + EncryptedFileSystem.fileName(base, key) + ";MAX_MEMORY_ROWS=" + Integer.MAX_VALUE;
    }

    private static String url(Path base, StoreKey key) {
        // REUSE_SPACE=FALSE: a laptop killed during a large transaction, with H2 writing into space it
        // reused, came back without the commit made just before (an acknowledged write lost in each of
        // three runs of 15 kills); appending only, none in four such runs. The file grows faster until H2 compacts it.
        return location(base, key) + ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;REUSE_SPACE=FALSE;CACHE_SIZE="
                + cacheKilobytes();
    }

    /**
     * Makes a new store under another name and moves it into place once every migration has run:
     * H2 commits each DDL statement on its own, so a laptop switched off while the schema was being
     * created would otherwise leave a half-made store that can never be opened.
     */
    private static void createStore(DataFolder folder) {
        Path base = folder.root().resolve("techbench-new");
        Path partial = folder.root().resolve("techbench-new.mv.db");
        try {
            Files.deleteIfExists(partial); // left by a creation that was cut off
            JdbcConnectionPool pool = JdbcConnectionPool.create(url(base, folder.key()), "techbench", "");
            try {
                Migrations.bringUpToDate(pool, partial);
            } finally {
                pool.dispose();
            }
            Files.move(partial, folder.database(), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(StoreProblem.NOT_WRITABLE, folder.root(), "Cannot create the store in "
                    + folder.root() + " (" + e.getMessage() + ").", e);
        }
    }

    /**
     * H2's page cache: 128 MB, but never more than an eighth of the heap; with a small heap a large
     * cache left a big import too little room and garbage collection took a quarter of its time.
     */
    static final long COPY_CACHE_KILOBYTES = 32_768;

    static long cacheKilobytes() {
        return Math.min(131_072, Runtime.getRuntime().maxMemory() / 1024 / 8);
    }

    /** Statement texts rendered once per shape, for the repositories that write in bulk. */
    RenderedStatements statements() {
        return statements;
    }

    /** The sync engine's view of this store: reads, and writes of changes that came from the hub. */
    public ReplicaDatabase replicaDatabase() {
        Store store = this;
        return new ReplicaDatabase() {
            @Override
            public DSLContext dsl() {
                return store.dsl();
            }

            @Override
            public <T> T receive(Collection<String> tables, long remoteHighWater, Function<DSLContext, T> work) {
                return store.receive(tables, remoteHighWater, work);
            }

            @Override
            public RenderedStatements statements() {
                return store.statements();
            }

            @Override
            public String nodeId() {
                return store.nodeId();
            }

            @Override
            public Clock wallClock() {
                return store.wallClock();
            }
        };
    }

    public DataFolder folder() {
        return folder;
    }

    public String nodeId() {
        return nodeId;
    }

    public Clock wallClock() {
        return wallClock;
    }

    DSLContext dsl() {
        return dsl;
    }

    /**
     * Runs {@code work} in one transaction on behalf of a technician. Writes are serialised so
     * that per-node sequence numbers have no gaps and the clock's high-water mark is persisted
     * in order.
     */
    public <T> T write(UUID technicianId, Function<CapturingTransaction, T> work) {
        if (undoLeftForNextOpen) {
            throw new StoreException(StoreProblem.NOT_WRITABLE, folder.database(), "An import could not be taken back"
                    + " here; nothing more is written until TechBench is started again, which finishes taking it back.", null);
        }
        writeLock.lock();
        Set<String> touched = new HashSet<>();
        long[] committedSeq = {nextSeq};
        CapturingTransaction[] opened = {null};
        // The open screens hear of a committed write, and of a failed one whose committed parts they may have read.
        boolean announce = false;
        try {
            T written = writeDsl.transactionResult(configuration -> {
                var transaction = new CapturingTransaction(DSL.using(configuration), clock, nodeId, technicianId,
                        wallClock, nextSeq, statements, rowMappings);
                opened[0] = transaction;
                T result = work.apply(transaction);
                transaction.finish();
                touched.addAll(transaction.touchedTables());
                committedSeq[0] = transaction.nextSeq();
                return result;
            });
            announce = true;
            return written;
        } catch (RuntimeException | Error e) {
            if (opened[0] != null && opened[0].partsCommitted()) {
                // Screens may have read the parts meanwhile: they hear of the tables once the parts are gone.
                touched.addAll(opened[0].touchedTables());
                announce = true;
                try {
                    BulkWriteUndo.undo(writeDsl, opened[0].firstSeq(), opened[0].undoListener());
                } catch (RuntimeException undoFailed) {
                    // Its journal entry stays: the next open of the store finishes the undo.
                    undoLeftForNextOpen = true;
                    e.addSuppressed(undoFailed);
                }
            }
            throw e;
        } finally {
            // After the commit, so that a reader who sees the new version also sees the new rows. A
            // failed commit may bump a version too: that only costs a cache a needless rebuild.
            touched.forEach(table -> tableVersions.merge(table, 1L, Long::sum));
            // Set only when the transaction committed: a rolled-back one used no sequence numbers.
            nextSeq = committedSeq[0];
            writeLock.unlock();
            if (announce) {
                commitListener.accept(touched);
            }
        }
    }

    /**
     * Hears the tables of every committed local transaction, after the store is free again; the
     * services announce the change to the open screens from it (changes from the hub are announced
     * once per sync round by the sync service).
     */
    public void onCommit(Consumer<Set<String>> listener) {
        this.commitListener = listener;
    }

    /**
     * Runs {@code work} in one transaction that applies changes from the hub: it writes no outbox
     * entry, and moves the clock past {@code remoteHighWater} so later local edits follow what
     * this laptop has seen.
     */
    <T> T receive(Collection<String> tables, long remoteHighWater, Function<DSLContext, T> work) {
        writeLock.lock();
        try {
            T result = writeDsl.transactionResult(configuration -> {
                DSLContext context = DSL.using(configuration);
                T applied = work.apply(context);
                if (remoteHighWater > 0) {
                    clock.receive(remoteHighWater);
                }
                // Before any outbox entry leaves, the clock and sequence number it carried move here.
                // Rendered once: a first sync runs this a thousand times and more.
                String advance = statements.sql(context, new RenderedStatements.Shape("advance", SYNC_NODE, List.of()),
                        () -> context.update(SYNC_NODE)
                                .set(SYNC_NODE.HIGH_WATER, DSL.greatest(SYNC_NODE.HIGH_WATER, DSL.param("high", Long.class)))
                                .set(SYNC_NODE.NEXT_SEQ, DSL.greatest(SYNC_NODE.NEXT_SEQ, DSL.param("next", Long.class)))
                                .where(SYNC_NODE.SINGLETON.eq(DSL.inline(1))));
                PreparedStatements.executeOnce(context, advance, clock.highWater(), nextSeq);
                return applied;
            });
            tables.forEach(table -> tableVersions.merge(table, 1L, Long::sum));
            return result;
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Runs {@code work} with H2's page cache cut down to 32 MB, for a bulk copy: the pages it writes
     * are not read again, and a large cache of them only has the garbage collector copying them
     * about (a first sync of 1.37M rows took 15.0–15.6 s instead of 16.6–17.3 s). The usual size
     * comes back afterwards, also when the work fails.
     */
    public <T> T withCopyCache(Supplier<T> work) {
        setCacheKilobytes(Math.min(COPY_CACHE_KILOBYTES, cacheKilobytes()));
        try {
            return work.get();
        } finally {
            setCacheKilobytes(cacheKilobytes());
        }
    }

    private void setCacheKilobytes(long kilobytes) {
        writeLock.lock();
        try {
            writeDsl.execute("set cache_size " + kilobytes);
        } finally {
            writeLock.unlock();
        }
    }

    /** A number that changes whenever a committed write touched the table; caches compare it. */
    public long version(String table) {
        return tableVersions.getOrDefault(table, 0L);
    }

    /** The technician this laptop works as, once one has been chosen. */
    public Optional<UUID> currentTechnician() {
        return Optional.ofNullable(dsl.select(SYNC_NODE.TECHNICIAN_ID).from(SYNC_NODE).fetchOne(SYNC_NODE.TECHNICIAN_ID));
    }

    void setCurrentTechnician(DSLContext context, UUID technicianId) {
        context.update(SYNC_NODE).set(SYNC_NODE.TECHNICIAN_ID, technicianId).where(SYNC_NODE.SINGLETON.eq(1)).execute();
    }

    /** Closes the store, first giving back the file's space when it has grown well past its data (see {@link Compaction#STANDARD}). */
    @Override
    public void close() {
        close(Compaction.STANDARD);
    }

    /**
     * Closes the store; when {@code compaction} says the file is worth it, H2 first copies the live
     * pages into a new file (compressed) and moves it into place, so a laptop switched off meanwhile
     * keeps the old file whole.
     */
    public void close(Compaction compaction) {
        try {
            compactIfWorthIt(compaction);
        } catch (RuntimeException e) {
            LOG.warn("Could not compact the store file {}; it stays as it was", folder.database(), e);
        }
        try {
            writeConnection.close();
        } catch (SQLException e) {
            LOG.warn("Could not close the store's write connection", e);
        }
        pool.dispose();
        closeQuietly(lockChannel);
        LOG.info("Closed store {}", folder.root());
    }

    /** Whether closing the store now will compact its file, which takes up to half a minute for a large store. */
    public boolean compactsWhenClosed() {
        return worthCompacting(Compaction.STANDARD);
    }

    boolean worthCompacting(Compaction compaction) {
        return dueForCompaction(compaction).isPresent();
    }

    /** What a file's compaction is judged by. */
    private record FileFigures(long bytes, int livePercent, java.util.OptionalLong compactedBytes) {
    }

    /** The file's figures when {@code compaction} says it is worth rewriting; H2 is not asked about a small file. */
    private Optional<FileFigures> dueForCompaction(Compaction compaction) {
        long fileBytes = folder.database().toFile().length();
        if (fileBytes < compaction.minimumFileBytes()) {
            return Optional.empty();
        }
        // A pooled connection: the window asks this while an import may hold the write connection.
        int livePercent = dsl.fetchOptional(
                "select cast(setting_value as int) from information_schema.settings where setting_name = 'info.CHUNKS_FILL_RATE'")
                .map(row -> row.get(0, Integer.class)).orElse(100);
        FileFigures figures = new FileFigures(fileBytes, livePercent, lastCompactedSize());
        return compaction.worthIt(figures.bytes(), figures.livePercent(), figures.compactedBytes())
                ? Optional.of(figures) : Optional.empty();
    }

    private void compactIfWorthIt(Compaction compaction) {
        Optional<FileFigures> due = dueForCompaction(compaction);
        if (due.isEmpty()) {
            return;
        }
        FileFigures before = due.get();
        long started = System.nanoTime();
        writeLock.lock();
        // Plain JDBC: jOOQ asks the closed database for an update count afterwards.
        try (java.sql.Statement shutdown = writeConnection.createStatement()) {
            shutdown.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            // A full disk, most likely: H2 wrote its copy beside the file, which stays as it was.
            LOG.warn("Could not compact the store file {}; it stays as it was", folder.database(), e);
            return;
        } finally {
            writeLock.unlock();
        }
        long compacted = folder.database().toFile().length();
        try {
            Files.writeString(folder.compactedSize(), Long.toString(compacted));
        } catch (java.io.IOException e) {
            LOG.warn("Could not note the compacted store's size in {}; the next close compacts again", folder.compactedSize(), e);
        }
        LOG.info("Compacted the store file {} from {} MB ({} % live; last compacted: {}) to {} MB in {} ms",
                folder.database(), before.bytes() >> 20, before.livePercent(),
                before.compactedBytes().isPresent() ? (before.compactedBytes().getAsLong() >> 20) + " MB" : "never",
                compacted >> 20, (System.nanoTime() - started) / 1_000_000);
    }

    /** The file's size after its last compaction; none when it never was, or the note cannot be read. */
    private java.util.OptionalLong lastCompactedSize() {
        try {
            return java.util.OptionalLong.of(Long.parseLong(Files.readString(folder.compactedSize()).strip()));
        } catch (java.io.IOException | NumberFormatException e) {
            return java.util.OptionalLong.empty();
        }
    }

    private org.techbench.schema.tables.records.SyncNodeRecord registerNode() {
        byte[] bytes = new byte[8];
        new SecureRandom().nextBytes(bytes);
        var node = dsl.newRecord(SYNC_NODE);
        node.setSingleton(1);
        node.setNodeId(HexFormat.of().formatHex(bytes));
        node.setHighWater(0L);
        node.setNextSeq(1L);
        node.store();
        LOG.info("Registered this store as sync node {}", node.getNodeId());
        return node;
    }

    /**
     * Holds the data folder's lock without opening the store, for work on the store file itself (a
     * restore); fails as opening would while a window or command has the store open.
     */
    public static AutoCloseable lockFolder(DataFolder folder) {
        folder.prepare();
        FileChannel channel = lock(folder);
        return () -> closeQuietly(channel);
    }

    private static FileChannel lock(DataFolder folder) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw locked(folder, null);
            }
            return channel;
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw locked(folder, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(StoreProblem.NOT_WRITABLE, folder.lockFile(),
                    "Cannot lock the data folder " + folder.root() + ": " + e.getMessage(), e);
        } catch (StoreException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static void probe(JdbcConnectionPool pool, DataFolder folder) {
        try (Connection connection = pool.getConnection()) {
            connection.isValid(1);
        } catch (SQLException e) {
            throw classify(e, folder);
        }
    }

    private static StoreException classify(SQLException e, DataFolder folder) {
        Path file = folder.database();
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> locked(folder, e);
            case ErrorCode.FILE_VERSION_ERROR_1 -> new StoreException(StoreProblem.NEWER_VERSION, file,
                    "The store " + file + " was written by a database version this TechBench cannot read. "
                            + "It was left untouched: open it with the TechBench that wrote it.", e);
            default -> new StoreException(StoreProblem.DAMAGED, file,
                    "The store " + file + " is damaged and cannot be opened (" + firstLine(e.getMessage())
                            + "). It was left untouched: restore it from a backup in " + folder.backups()
                            + ", or move it away to start a new store.", e);
        };
    }

    private static StoreException locked(DataFolder folder, Exception cause) {
        return new StoreException(StoreProblem.LOCKED, folder.root(),
                "The data folder " + folder.root() + " is already open in another TechBench. "
                        + "Close that window first (one just closed may still be making its store file smaller, "
                        + "for up to half a minute), or choose another folder with --data.", cause);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    /**
     * Straight from the driver, not the pool: a pooled H2 connection checks under a lock that it is
     * still open on every value read or bound, which was a sixth of binding a first sync's rows.
     */
    private static Connection heldConnection(DataFolder folder) {
        try {
            return new Driver().connect(url(folder), credentials());
        } catch (SQLException e) {
            throw new DataAccessException("Could not open the store's write connection", e);
        }
    }

    private static Properties credentials() {
        var properties = new Properties();
        properties.setProperty("user", "techbench");
        properties.setProperty("password", "");
        return properties;
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warn("Could not release the lock file", e);
        }
    }
}
