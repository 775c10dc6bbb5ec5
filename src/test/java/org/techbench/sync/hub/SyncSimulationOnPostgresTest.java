package org.techbench.sync.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.techbench.store.PostgresFixture;

/**
 * The sync simulation with the hub on PostgreSQL. The normal run plays a few seeds; a separate
 * run plays more: {@code ./mvnw verify -Dtest=SyncSimulationOnPostgresTest -Dsimulation.postgres.seeds=200}.
 */
class SyncSimulationOnPostgresTest {

    @Test
    void everyReplicaEndsEqualToAHubOnPostgresAndToPerFieldLastWriterWins() throws Exception {
        int seeds = Integer.getInteger("simulation.postgres.seeds", 8);
        try (PostgresFixture postgres = PostgresFixture.start()) {
            for (long seed = 1; seed <= seeds; seed++) {
                String database = "sim_" + seed;
                try (var connection = DriverManager.getConnection(postgres.url(), postgres.user(), "");
                     var statement = connection.createStatement()) {
                    statement.execute("create database " + database);
                }
                String base = postgres.url().substring(0, postgres.url().lastIndexOf('/') + 1);
                Path folder = Files.createTempDirectory("techbench-sim-pg-" + seed);
                try {
                    // Every other seed through the hub's own HTTP server and the workbench's client.
                    var outcome = SyncSimulation.run(seed * 7919, folder, 60, base + database + "?user=" + postgres.user(),
                            seed % 2 == 0);
                    // run() fails when a replica ends unlike the hub; this checks the run did sync work at all.
                    assertThat(outcome.edits()).as("edits in seed " + seed).isGreaterThan(10);
                } finally {
                    try (Stream<Path> paths = Files.walk(folder)) {
                        paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                    }
                }
            }
        }
    }
}
