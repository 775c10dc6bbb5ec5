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
import org.flywaydb.core.api.MigrationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings a store's schema to {@link SchemaVersion#CURRENT}, copying the file first when it changes. */
final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    /**
     * Runs Flyway only when the schema is not already current: scanning the migration scripts
     * costs more than opening the store itself.
     */
    static void bringUpToDate(DataSource dataSource, Path databaseFile, Path backups) {
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
        MigrationInfo[] pending = flyway.info().pending();
        if (applied != null && pending.length > 0) {
            backUpBeforeMigrating(dataSource, backups, applied);
        }
        LOG.info("Migrating store {} from version {} ({} pending)", databaseFile, applied, pending.length);
        flyway.migrate();
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

    private static void backUpBeforeMigrating(DataSource dataSource, Path backups, int applied) {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement("BACKUP TO ?")) {
            Files.createDirectories(backups);
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path target = backups.resolve("before-migration-v" + applied + "-" + stamp + ".zip");
            statement.setString(1, target.toString());
            statement.execute();
            LOG.info("Copied the store to {} before migrating it", target);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot copy the store before migrating it: " + e.getMessage(), e);
        }
    }

    private static StoreException newerVersion(Path databaseFile, int applied) {
        return new StoreException(StoreProblem.NEWER_VERSION, databaseFile,
                "The store " + databaseFile + " was written by a newer TechBench (schema " + applied
                        + ", this one knows " + SchemaVersion.CURRENT + "). It was left untouched: "
                        + "install the newer TechBench, or open another data folder.", null);
    }
}
