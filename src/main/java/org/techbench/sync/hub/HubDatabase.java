package org.techbench.sync.hub;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The hub's database: an H2 file in the hub's data folder, or PostgreSQL when given a
 * {@code jdbc:postgresql:} URL. Both are migrated by the laptop's own Flyway scripts, so hub and
 * laptop hold synced rows in the same tables.
 */
public final class HubDatabase implements AutoCloseable {

    private final DSLContext dsl;
    private final Runnable closer;
    private final String description;

    private HubDatabase(DataSource dataSource, SQLDialect dialect, Runnable closer, String description) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        this.dsl = DSL.using(dataSource, dialect, new Settings().withRenderSchema(false).withExecuteLogging(false));
        this.closer = closer;
        this.description = description;
    }

    /** Opens the database a {@code --db} URL names, or the H2 file in {@code dataFolder} when there is none. */
    public static HubDatabase open(String jdbcUrl, Path dataFolder) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            return openH2(dataFolder);
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            var config = new HikariConfig();
            config.setJdbcUrl(jdbcUrl);
            config.setMaximumPoolSize(16);
            config.setPoolName("hub");
            // The pool only opens connections once asked; fail now, with the server's own words, if it cannot.
            config.setInitializationFailTimeout(10_000);
            HikariDataSource pool;
            try {
                pool = new HikariDataSource(config);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Cannot reach the hub's PostgreSQL at " + masked(jdbcUrl) + ": "
                        + rootMessage(e), e);
            }
            try {
                return new HubDatabase(pool, SQLDialect.POSTGRES, pool::close, masked(jdbcUrl));
            } catch (RuntimeException e) {
                pool.close();
                throw e;
            }
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return openH2(jdbcUrl, jdbcUrl);
        }
        throw new IllegalArgumentException("The hub stores its data in H2 or PostgreSQL; " + jdbcUrl
                + " is neither (use jdbc:postgresql://HOST/DB?user=U&password=P).");
    }

    private static HubDatabase openH2(Path dataFolder) {
        try {
            Files.createDirectories(dataFolder);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Cannot create the hub's data folder " + dataFolder + ": " + e.getMessage(), e);
        }
        String url = "jdbc:h2:file:" + dataFolder.toAbsolutePath().resolve("hub")
                // WRITE_DELAY=0: a push is answered only once it is in the file, so a hub killed just after
                // answering has not lost what the laptop then removes from its outbox.
                + ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;CACHE_SIZE=" + cacheKilobytes();
        return openH2(url, dataFolder.resolve("hub.mv.db").toString());
    }

    private static HubDatabase openH2(String url, String description) {
        var config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("techbench");
        config.setPassword("");
        config.setMaximumPoolSize(32);
        config.setMinimumIdle(2);
        config.setPoolName("hub");
        // HikariCP rather than H2's own pool: H2's pooled connections check under a lock that they
        // are still open on every value read, which was a tenth of a hub's work on a first sync.
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw cannotOpenH2(description, e);
        }
        try {
            return new HubDatabase(pool, SQLDialect.H2, pool::close, description);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static IllegalArgumentException cannotOpenH2(String description, RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        if (cause instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new IllegalArgumentException("The hub's database " + description + " is already open in another "
                    + "hub. Stop that hub first, or give this one another --data folder.", e);
        }
        return new IllegalArgumentException("The hub's database " + description + " cannot be opened: " + rootMessage(e)
                + ". It was left untouched; restore it from a backup, or move it away to start an empty hub.", e);
    }

    /**
     * A quarter of the heap, at most 1 GB: a hub serves whole tables to every new laptop, and with
     * H2's default 64 MB each first sync read most pages from the file again.
     */
    private static long cacheKilobytes() {
        return Math.min(1_048_576, Runtime.getRuntime().maxMemory() / 1024 / 4);
    }

    private static String masked(String url) {
        return url.replaceAll("password=[^&]*", "password=…");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    DSLContext dsl() {
        return dsl;
    }

    /** Where the data lives, for the start-up line (a password in a URL is masked). */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        closer.run();
    }
}
