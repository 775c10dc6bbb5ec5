package org.techbench.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * Writes a zip of the store with H2's online BACKUP: consistent at one moment while the window
     * and sync go on writing, unlike a copy of the open file.
     */
    public void backUpTo(Path zip) {
        store.dsl().execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
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
     * Each table's rows and checksum, and the schema version, of a store file (given without its
     * .mv.db) opened read-only, with {@code key} when the file is encrypted.
     */
    public static StoreCensus census(Path base, StoreKey key) throws SQLException {
        String url = "jdbc:h2:file:" + base.toAbsolutePath() + Store.cipher(key)
                + ";DATABASE_TO_LOWER=TRUE;ACCESS_MODE_DATA=r;IFEXISTS=TRUE;LAZY_QUERY_EXECUTION=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "techbench", Store.password(key));
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = statement.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            Map<String, StoreCensus.TableFigures> figures = new LinkedHashMap<>();
            for (String table : tables) {
                figures.put(table, figures(statement, table));
            }
            int version = 0;
            try (ResultSet versions = statement.executeQuery(
                    "select max(cast(\"version\" as int)) from \"flyway_schema_history\" where \"success\"")) {
                if (versions.next()) {
                    version = versions.getInt(1);
                }
            }
            return new StoreCensus(version, figures);
        }
    }

    /** Rows and a checksum that does not depend on the order the rows are read in. */
    private static StoreCensus.TableFigures figures(Statement statement, String table) throws SQLException {
        long rows = 0;
        long checksum = 0;
        try (ResultSet all = statement.executeQuery("select * from \"" + table.replace("\"", "\"\"") + "\"")) {
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
