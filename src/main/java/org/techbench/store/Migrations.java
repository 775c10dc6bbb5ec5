package org.techbench.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techbench.replication.SchemaVersion;

/** Brings a store's schema to {@link SchemaVersion#CURRENT}, copying the file first when it changes. */
final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    /**
     * Runs Flyway only when the schema is not already current: scanning the migration scripts
     * costs more than opening the store itself.
     */
    static void bringUpToDate(DataSource dataSource, Path databaseFile) {
        Integer applied = appliedVersion(dataSource);
        if (applied != null && applied == SchemaVersion.CURRENT) {
            return;
        }
        if (applied != null && applied > SchemaVersion.CURRENT) {
            throw newerVersion(databaseFile, applied);
        }
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load();
        LOG.info("Migrating store {} from version {} ({} pending)", databaseFile, applied, flyway.info().pending().length);
        flyway.migrate();
    }

    /** True for a store with an older schema than this TechBench's: it is copied before migrating. */
    static boolean isOlder(Integer applied) {
        return applied != null && applied < SchemaVersion.CURRENT;
    }

    /** Copies the closed store file into the backups folder; a failure leaves the store untouched. */
    static void copyBeforeMigrating(Path databaseFile, Path backups, int applied) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = backups.resolve("before-migration-v" + applied + "-" + stamp + ".mv.db");
        Path partial = backups.resolve(target.getFileName() + ".part");
        try {
            Files.createDirectories(backups);
            Files.copy(databaseFile, partial, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Copied the store to {} before migrating it", target);
        } catch (java.io.IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (java.io.IOException ignored) {
                LOG.debug("Could not remove {}", partial);
            }
            throw new StoreException(StoreProblem.NOT_WRITABLE, backups, "Cannot copy the store to " + backups
                    + " before migrating it (" + e.getMessage() + "). The store was left untouched.", e);
        }
    }

    static Integer appliedVersion(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
                if (!tables.next()) {
                    return null;
                }
            }
            try (ResultSet rows = statement.executeQuery(
                    "select \"version\" from \"flyway_schema_history\" where \"success\" and \"version\" is not null")) {
                Integer highest = null;
                while (rows.next()) {
                    int version = Integer.parseInt(rows.getString(1).split("\\.")[0]);
                    highest = highest == null ? version : Math.max(highest, version);
                }
                return highest;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the schema version: " + e.getMessage(), e);
        }
    }

    private static StoreException newerVersion(Path databaseFile, int applied) {
        return new StoreException(StoreProblem.NEWER_VERSION, databaseFile,
                "The store " + databaseFile + " was written by a newer TechBench (schema " + applied
                        + ", this one knows " + SchemaVersion.CURRENT + "). It was left untouched: "
                        + "install the newer TechBench, or open another data folder.", null);
    }
}
