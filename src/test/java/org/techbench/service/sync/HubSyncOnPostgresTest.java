package org.techbench.service.sync;

import java.sql.DriverManager;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.techbench.store.PostgresFixture;

/** {@link HubSyncContract} with the hub on PostgreSQL, a fresh database for each test. */
class HubSyncOnPostgresTest extends HubSyncContract {

    private static PostgresFixture postgres;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = PostgresFixture.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Override
    String hubDatabase() throws Exception {
        return freshDatabase(postgres);
    }

    /** Makes an empty database on the server and returns its URL, user included. */
    static String freshDatabase(PostgresFixture postgres) throws Exception {
        String name = "hub_" + DATABASES.incrementAndGet();
        try (var connection = DriverManager.getConnection(postgres.url(), postgres.user(), "");
             var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        String base = postgres.url().substring(0, postgres.url().lastIndexOf('/') + 1);
        return base + name + "?user=" + postgres.user();
    }
}
