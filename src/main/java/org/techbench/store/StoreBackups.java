package org.techbench.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.zip.CRC32C;

/**
 * Consistent copies of the open store, and the figures that show a copy whole: every table's row
 * count and a checksum of its rows, read from a store file opened read-only.
 */
public final class StoreBackups {

    private final Store store;

    public StoreBackups(Store store) {
        this.store = store;
    }

    /**
     * Writes a zip of the store while the window and sync go on writing, as H2's online BACKUP does:
     * its pages written out first (CHECKPOINT), then the file copied as it is. The store never reuses
     * space in its file, so what the copy holds is whole up to its newest complete chunk, which is
     * what H2 opens. Unlike BACKUP this deflates at the fastest level on both cores (a 0.9 GB store in
     * about 9 s, where BACKUP took 44 s), says how far it got, and stops when {@code cancelled} says
     * so. The same bytes go to {@code plainCopy}, for checking the backup without inflating it again.
     */
    public StoreCopy backUpTo(Path zip, Path plainCopy, BooleanSupplier cancelled, LongConsumer bytesCopied) throws IOException {
        store.dsl().execute("CHECKPOINT");
        Path file = databaseFile();
        try (InputStream in = Files.newInputStream(file);
             OutputStream plain = new BufferedOutputStream(Files.newOutputStream(plainCopy), 1 << 20)) {
            return ParallelZipEntry.write(in, zip, file.getFileName().toString(), plain, cancelled, bytesCopied);
        }
    }

    /** The store file this laptop writes, for the size a backup will need. */
    public Path databaseFile() {
        return store.folder().database();
    }

    /** The key the store is encrypted with, for reading its backups; {@code null} for a plain store. */
    public StoreKey key() {
        return store.folder().key();
    }

    /**
     * Each table's rows, and the schema version, of a store file (given without its .mv.db) opened
     * read-only: H2 keeps a table's row count in its pages, so this reads little of the file. With
     * the file's SHA-256 it shows a backup whole, where {@link #census} reads every row.
     */
    public static StoreCensus counts(Path base, StoreKey key) throws SQLException {
        try (Connection connection = DriverManager.getConnection(readOnlyUrl(base, key), "techbench", "");
             Statement statement = connection.createStatement()) {
            Map<String, StoreCensus.TableFigures> figures = new LinkedHashMap<>();
            for (String table : tables(statement).stream().sorted().toList()) {
                try (ResultSet count = statement.executeQuery("select count(*) from " + quoted(table))) {
                    count.next();
                    figures.put(table, new StoreCensus.TableFigures(count.getLong(1), null));
                }
            }
            return new StoreCensus(schemaVersion(statement), figures);
        }
    }

    /**
     * Each table's rows and checksum, and the schema version, of a store file (given without its
     * .mv.db) opened read-only, with {@code key} when the file is encrypted. Two tables are read at
     * a time, the largest first: on two cores that halves the count of a large store.
     */
    public static StoreCensus census(Path base, StoreKey key) throws SQLException {
        String url = readOnlyUrl(base, key);
        try (Connection connection = DriverManager.getConnection(url, "techbench", "");
             Statement statement = connection.createStatement()) {
            List<String> tables = tables(statement);
            Map<String, Future<StoreCensus.TableFigures>> counting = new HashMap<>();
            ExecutorService readers = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("census-", 1).daemon().factory());
            try {
                for (String table : tables) {
                    counting.put(table, readers.submit(() -> {
                        try (Connection own = DriverManager.getConnection(url, "techbench", "");
                             Statement reading = own.createStatement()) {
                            return figures(reading, table);
                        }
                    }));
                }
                Map<String, StoreCensus.TableFigures> figures = new LinkedHashMap<>();
                for (String table : tables.stream().sorted().toList()) {
                    figures.put(table, counted(counting.get(table)));
                }
                return new StoreCensus(schemaVersion(statement), figures);
            } finally {
                readers.shutdownNow();
            }
        }
    }

    private static String readOnlyUrl(Path base, StoreKey key) {
        return Store.location(base, key)
                + ";DATABASE_TO_LOWER=TRUE;ACCESS_MODE_DATA=r;IFEXISTS=TRUE;LAZY_QUERY_EXECUTION=TRUE";
    }

    /** The store's tables, the largest first. */
    private static List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet names = statement.executeQuery("select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_type = 'BASE TABLE' order by row_count_estimate desc, table_name")) {
            while (names.next()) {
                tables.add(names.getString(1));
            }
        }
        return tables;
    }

    private static String quoted(String table) {
        return "\"" + table.replace("\"", "\"\"") + "\"";
    }

    private static StoreCensus.TableFigures counted(Future<StoreCensus.TableFigures> figures) throws SQLException {
        try {
            return figures.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while counting a backup's rows", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getCause());
        }
    }

    private static int schemaVersion(Statement statement) throws SQLException {
        try (ResultSet versions = statement.executeQuery(
                "select max(cast(\"version\" as int)) from \"flyway_schema_history\" where \"success\"")) {
            return versions.next() ? versions.getInt(1) : 0;
        }
    }

    /** Rows and a checksum that does not depend on the order the rows are read in. */
    private static StoreCensus.TableFigures figures(Statement statement, String table) throws SQLException {
        long rows = 0;
        long checksum = 0;
        try (ResultSet all = statement.executeQuery("select * from " + quoted(table))) {
            int columns = all.getMetaData().getColumnCount();
            CRC32C crc = new CRC32C();
            while (all.next()) {
                crc.reset();
                for (int c = 1; c <= columns; c++) {
                    String value = all.getString(c);
                    crc.update((value == null ? "\u0000" : value).getBytes(StandardCharsets.UTF_8));
                    crc.update(0x1f);
                }
                rows++;
                checksum += crc.getValue(); // a sum: the same rows in any order give the same total
            }
        }
        return new StoreCensus.TableFigures(rows, checksum);
    }
}
