package org.techbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.replication.SchemaVersion;
import org.techbench.replication.SyncedTable;

class MigrationTest {

    @TempDir
    Path folder;

    @Test
    void freshH2FileGetsEveryTableOfTheDataModel() throws Exception {
        TestStores.open(folder).close();
        try (Connection connection = DriverManager.getConnection(Store.url(new DataFolder(folder)), "techbench", "")) {
            assertThat(tables(connection)).containsAll(expectedTables());
        }
    }

    @Test
    void freshPostgresDatabaseGetsEveryTableOfTheDataModel() throws Exception {
        try (var postgres = PostgresFixture.start()) {
            org.flywaydb.core.Flyway.configure().dataSource(postgres.url(), postgres.user(), "")
                    .locations("classpath:db/migration").load().migrate();
            try (Connection connection = DriverManager.getConnection(postgres.url(), postgres.user(), "")) {
                assertThat(tables(connection)).containsAll(expectedTables());
            }
        }
    }

    @Test
    void anOlderStoreIsCopiedToBackupsBeforeItIsMigrated() throws Exception {
        DataFolder data = new DataFolder(folder);
        data.prepare();
        org.flywaydb.core.Flyway.configure().dataSource(Store.url(data), "techbench", "")
                .locations("classpath:db/migration").target("1").load().migrate();

        List<Path> heard = new ArrayList<>();
        Store.open(data, java.time.Clock.systemUTC(), heard::add).close();

        assertThat(heard).containsExactly(data.backups());
        try (Stream<Path> copies = Files.list(data.backups())) {
            assertThat(copies.map(p -> p.getFileName().toString()).toList())
                    .singleElement().asString().startsWith("before-migration-v1-").endsWith(".mv.db");
        }
        var source = new org.h2.jdbcx.JdbcDataSource();
        source.setURL(Store.url(data));
        source.setUser("techbench");
        assertThat(Migrations.appliedVersion(source)).isEqualTo(SchemaVersion.CURRENT);
    }

    @Test
    void theCopyTakenBeforeAMigrationOpensWithTheOldDataAndTheOldVersion() throws Exception {
        DataFolder data = new DataFolder(folder);
        data.prepare();
        org.flywaydb.core.Flyway.configure().dataSource(Store.url(data), "techbench", "")
                .locations("classpath:db/migration").target("1").load().migrate();
        try (var connection = DriverManager.getConnection(Store.url(data), "techbench", "");
             var statement = connection.createStatement()) {
            statement.execute("insert into site values (random_uuid(), random_uuid(), 'OLD1', 'Old plant', null,"
                    + " 'Asia/Shanghai', null, null, null, false, 1, '{}', 1)");
        }

        Store.open(data, java.time.Clock.systemUTC(), backups -> { }).close();

        Path copy;
        try (Stream<Path> copies = Files.list(data.backups())) {
            copy = copies.findFirst().orElseThrow();
        }
        String copyUrl = "jdbc:h2:" + copy.toString().replaceFirst("\\.mv\\.db$", "") + ";DATABASE_TO_LOWER=TRUE;ACCESS_MODE_DATA=r";
        try (var connection = DriverManager.getConnection(copyUrl, "techbench", "");
             var statement = connection.createStatement()) {
            var site = statement.executeQuery("select name from site where code = 'OLD1'");
            assertThat(site.next()).isTrue();
            assertThat(site.getString(1)).isEqualTo("Old plant");
            var version = statement.executeQuery("select max(cast(\"version\" as int)) from \"flyway_schema_history\"");
            version.next();
            assertThat(version.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void everySyncedTableHasTheSyncColumns() {
        assertThat(SyncedTable.all()).extracting(SyncedTable::name).contains("asset", "component", "installed_software",
                "site", "contract", "technician", "checklist_template", "checklist_item", "inspection",
                "inspection_result", "fault", "fault_event", "procedure_definition", "procedure_run", "procedure_step",
                "article", "attachment", "site_contact");
        for (SyncedTable table : SyncedTable.all()) {
            assertThat(table.id()).as(table.name() + ".id").isNotNull();
            assertThat(table.siteId()).as(table.name() + ".site_id").isNotNull();
            if (table.mutable()) {
                assertThat(table.causalLength()).as(table.name() + ".cl").isNotNull();
                assertThat(table.archived()).as(table.name() + ".archived").isNotNull();
            }
        }
    }

    @Test
    void currentSchemaVersionIsTheHighestMigration() throws IOException, URISyntaxException {
        Path scripts = Path.of(getClass().getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(scripts)) {
            int highest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow();
            assertThat(SchemaVersion.CURRENT).isEqualTo(highest);
        }
    }

    /** Written out here rather than read from jOOQ's tables, which are generated from the same scripts. */
    private static List<String> expectedTables() {
        return List.of("article", "asset", "attachment", "audit_event", "checklist_item", "checklist_template",
                "component", "contract", "fault", "fault_event", "hub_blob", "hub_blob_chunk", "hub_change",
                "hub_log_head", "hub_mutation", "hub_node", "hub_token", "hub_user", "inspection", "inspection_result",
                "installed_software", "procedure_definition", "procedure_run", "procedure_step", "site", "site_contact",
                "sync_blob_sent", "sync_conflict", "sync_node", "sync_outbox", "sync_refused", "sync_stale_row",
                "sync_state", "sync_suspended_index", "technician");
    }

    private static List<String> tables(Connection connection) throws Exception {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase());
            }
        }
        return names;
    }
}
