package org.techbench.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.service.Progress;
import org.techbench.service.RefusedException;
import org.techbench.service.Workbench;
import org.techbench.store.DataFolder;
import org.techbench.store.TestStores;

class DemoDataDeterminismTest {

    private static final DemoDataOptions OPTIONS = new DemoDataOptions(2, 60, 15, 7, LocalDate.of(2026, 11, 27));

    @TempDir
    Path first;

    @TempDir
    Path second;

    @Test
    void sameSeedMakesTheSameData() throws Exception {
        make(first, OPTIONS);
        make(second, OPTIONS);
        for (String query : businessQueries()) {
            assertThat(rows(first, query)).as(query).isNotEmpty().isEqualTo(rows(second, query));
        }
    }

    @Test
    void differentSeedMakesDifferentData() throws Exception {
        make(first, OPTIONS);
        make(second, new DemoDataOptions(2, 60, 15, 8, OPTIONS.today()));
        String query = "select id, tag, serial from asset order by tag";
        assertThat(rows(first, query)).isNotEqualTo(rows(second, query));
    }

    @Test
    void demoDataCoversEveryCategoryAndAFullLifeCycle() throws Exception {
        make(first, new DemoDataOptions(1, 40, 60, 1, OPTIONS.today()));
        assertThat(rows(first, "select distinct category from fault order by category"))
                .containsExactly(List.of("HARDWARE"), List.of("NETWORK"), List.of("SOFTWARE"));
        assertThat(rows(first, "select count(*) from fault where status = 'CLOSED' and root_cause is not null"
                + " and prevention is not null and satisfaction between 1 and 5").getFirst().getFirst())
                .isNotEqualTo("0");
    }

    @Test
    void secondRunIntoTheSameStoreIsRefusedAndAddsNothing() throws Exception {
        make(first, OPTIONS);
        List<List<String>> before = rows(first, "select count(*) from asset");
        try (Workbench workbench = Workbench.open(new DataFolder(first), Clock.systemUTC(), "tester")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                    workbench.demoData().create(OPTIONS, workbench.technicians().currentId(), Progress.NONE))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("empty store");
        }
        assertThat(rows(first, "select count(*) from asset")).isEqualTo(before);
    }

    private static void make(Path folder, DemoDataOptions options) {
        try (Workbench workbench = Workbench.open(new DataFolder(folder), Clock.systemUTC(), "tester")) {
            workbench.demoData().create(options, workbench.technicians().currentId(), Progress.NONE);
        }
    }

    private static List<String> businessQueries() {
        return List.of(
                "select id, site_id, code, name, address from site order by code",
                "select id, site_id, tag, name, kind, make, model, serial, ip_address, purchased_on from asset order by tag",
                "select id, asset_id, kind, serial, capacity from component order by id",
                "select id, asset_id, name, version from installed_software order by id",
                "select id, asset_id, started_at, outcome from inspection order by id",
                "select id, inspection_id, outcome, reading from inspection_result order by id",
                "select id, number, category, subcategory, priority, status, reported_at, resolved_at from fault order by number",
                "select id, fault_id, kind, body from fault_event order by id");
    }

    private static List<List<String>> rows(Path folder, String query) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (var connection = DriverManager.getConnection(TestStores.jdbcUrl(folder), "techbench", "");
             ResultSet rs = connection.createStatement().executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
