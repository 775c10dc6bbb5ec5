package org.techbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.store.PostgresFixture;

/** `techbench hub ... --db`: the hub's commands work on the PostgreSQL database named, not on an H2 file. */
class HubOnPostgresCommandTest {

    private static PostgresFixture postgres;

    @TempDir
    Path folder;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = PostgresFixture.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void aUserAddedWithDbIsInThatDatabaseAndNoH2FileIsMade() throws Exception {
        String database = postgres.url() + (postgres.url().contains("?") ? "&" : "?") + "user=" + postgres.user();
        StringWriter out = new StringWriter();
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream("a long password\n".getBytes(StandardCharsets.UTF_8)));
        int status;
        try {
            status = CommandLineRunner.build((data, exit) -> 0, new PrintWriter(out), new PrintWriter(new StringWriter()))
                    .execute("hub", "user", "add", "mei", "--role", "engineer", "--sites", "S1", "--db", database,
                            "--data", folder.toString());
        } finally {
            System.setIn(original);
        }

        assertThat(status).isZero();
        try (var connection = DriverManager.getConnection(postgres.url(), postgres.user(), "");
             var rows = connection.createStatement().executeQuery("select role from hub_user where name = 'mei'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualToIgnoringCase("engineer");
        }
        assertThat(folder).isEmptyDirectory();
    }
}
