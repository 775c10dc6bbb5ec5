package org.techbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreOpeningTest {

    @TempDir
    Path folder;

    @Test
    void secondOpenOfTheSameFolderIsRefusedNamingTheFolder() {
        try (Store first = TestStores.open(folder)) {
            assertThatThrownBy(() -> TestStores.open(folder))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.problem()).isEqualTo(StoreProblem.LOCKED);
                        assertThat(e.getMessage()).contains(folder.toString());
                    });
            assertThat(first.nodeId()).isNotBlank();
        }
    }

    @Test
    void aStoreWhoseCreationWasCutOffIsCreatedAfresh() throws Exception {
        // What a laptop switched off while its schema was being made leaves behind.
        Files.write(folder.resolve("techbench-new.mv.db"), new byte[] {1, 2, 3});
        try (Store store = TestStores.open(folder)) {
            assertThat(store.nodeId()).isNotBlank();
        }
        assertThat(folder.resolve("techbench-new.mv.db")).doesNotExist();
        assertThat(folder.resolve("techbench.mv.db")).exists();
    }

    @Test
    void damagedFileIsRefusedAndLeftUntouched() throws Exception {
        TestStores.open(folder).close();
        Path file = folder.resolve("techbench.mv.db");
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(1).nextBytes(garbage);
        Files.write(file, garbage);

        assertThatThrownBy(() -> TestStores.open(folder))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.problem()).isEqualTo(StoreProblem.DAMAGED);
                    assertThat(e.getMessage()).contains(file.toString());
                });
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void storeFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        TestStores.open(folder).close();
        DataFolder data = new DataFolder(folder);
        int historyRows = historyRows(data) + 1;
        try (var connection = DriverManager.getConnection(Store.url(data), "techbench", "");
             var statement = connection.createStatement()) {
            statement.execute("insert into \"flyway_schema_history\" values (99, '99', 'future', 'SQL', 'V99__future.sql',"
                    + " 0, 'someone', current_timestamp, 1, true)");
        }

        assertThatThrownBy(() -> TestStores.open(folder))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.problem()).isEqualTo(StoreProblem.NEWER_VERSION))
                .hasMessageContaining("newer TechBench");
        assertThat(historyRows(data)).as("no migration ran").isEqualTo(historyRows);
        assertThat(data.backups()).doesNotExist();
    }

    private static int historyRows(DataFolder data) throws Exception {
        try (var connection = DriverManager.getConnection(Store.url(data), "techbench", "");
             var rows = connection.createStatement().executeQuery("select count(*) from \"flyway_schema_history\"")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void dataFolderThatIsAFileIsReportedAsNotWritable() throws Exception {
        Path file = Files.createFile(folder.resolve("not-a-folder"));
        assertThatThrownBy(() -> Store.open(new DataFolder(file), Clock.systemUTC()))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.problem()).isEqualTo(StoreProblem.NOT_WRITABLE);
                    assertThat(e.getMessage()).contains(file.toString());
                });
    }

    @Test
    void reopeningACurrentStoreKeepsItsData() {
        try (Store store = TestStores.open(folder)) {
            store.write(java.util.UUID.randomUUID(), tx -> {
                new SiteRepository(store).insert(tx, TestStores.site("S1"));
                return null;
            });
        }
        try (Store store = TestStores.open(folder)) {
            assertThat(new SiteRepository(store).all()).hasSize(1);
        }
    }
}
