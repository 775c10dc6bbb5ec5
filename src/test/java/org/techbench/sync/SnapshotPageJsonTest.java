package org.techbench.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.techbench.domain.sync.ColumnValues;
import org.techbench.domain.sync.SnapshotPage;
import org.techbench.domain.sync.SnapshotRow;
import org.techbench.domain.sync.SnapshotRowSink;

class SnapshotPageJsonTest {

    private final ObjectMapper json = WireJson.mapper();
    private final UUID site = UUID.fromString("01a21a4d-4000-7000-a9a4-978cdf532c11");
    private final UUID asset = UUID.fromString("01a21a4d-4000-7000-a9cc-ec967ff8687e");

    private SnapshotRow component(String id, String serial) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("site_id", site.toString());
        values.put("asset_id", asset.toString());
        values.put("serial", serial);
        values.put("removed_on", null);
        return new SnapshotRow(UUID.fromString(id), site, 117691029042823168L, values, "*=1a21f5e0b590000@0fb74332265e472b", 1);
    }

    private void assertRefused(String page, String reason) {
        assertThatThrownBy(() -> json.readValue(page, SnapshotPage.class)).isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Malformed snapshot page: " + reason);
    }

    @Test
    void aPageComesBackRowForRowAndFieldForField() throws Exception {
        SnapshotPage page = new SnapshotPage("component", List.of(component("01a21a4d-4000-7000-b19c-bcc6d3faee7b", "HUP29NO0GE"),
                component("01a21a4d-4000-7000-b19d-6b768c880fff", null)), asset, false, 42);

        SnapshotPage back = json.readValue(json.writeValueAsBytes(page), SnapshotPage.class);

        assertThat(back).isEqualTo(page);
        assertThat(back.rows().getFirst().siteId()).isEqualTo(site);
    }

    @Test
    void aPageNamesEachColumnOnceAndSendsRowsAsLists() throws Exception {
        SnapshotPage page = new SnapshotPage("component", List.of(component("01a21a4d-4000-7000-b19c-bcc6d3faee7b", "S1"),
                component("01a21a4d-4000-7000-b19d-6b768c880fff", "S2")), null, true, 7);

        String text = json.writeValueAsString(page);

        assertThat(text).containsOnlyOnce("\"serial\"").contains("\"columns\":[\"site_id\",\"asset_id\",\"serial\",\"removed_on\"]")
                .contains("[\"01a21a4d-4000-7000-b19c-bcc6d3faee7b\",117691029042823168,\"*=1a21f5e0b590000@0fb74332265e472b\",1,");
    }

    @Test
    void aPageWrittenWhileItsRowsAreReadIsThePageWrittenWhole() throws Exception {
        SnapshotPage page = new SnapshotPage("component", List.of(component("01a21a4d-4000-7000-b19c-bcc6d3faee7b", "S1"),
                component("01a21a4d-4000-7000-b19d-6b768c880fff", null)), asset, false, 7);
        var streamed = new ByteArrayOutputStream();

        try (JsonGenerator generator = json.createGenerator(streamed)) {
            SnapshotRowSink sink = WireJson.snapshotPageWriter(generator);
            sink.start("component", new ColumnValues.Columns(List.of("site_id", "asset_id", "serial", "removed_on")));
            for (SnapshotRow row : page.rows()) {
                sink.row(row.id(), row.hlc(), row.fieldClocks(), row.causalLength(), row.values().values().toArray(String[]::new));
            }
            sink.end(page.lastId(), page.tableDone(), page.cursor());
        }

        assertThat(streamed.toString(StandardCharsets.UTF_8)).isEqualTo(json.writeValueAsString(page));
        assertThat(json.readValue(streamed.toByteArray(), SnapshotPage.class)).isEqualTo(page);
    }

    @Test
    void rowsOfAppendOnlyTablesKeepTheirMissingClocks() throws Exception {
        SnapshotRow result = new SnapshotRow(UUID.fromString("01a21a4d-4000-7000-b19c-bcc6d3faee7b"), null, 5,
                Map.of("outcome", "PASS"), null, 0);
        SnapshotPage page = new SnapshotPage("inspection_result", List.of(result), result.id(), true, 1);

        assertThat(json.readValue(json.writeValueAsBytes(page), SnapshotPage.class)).isEqualTo(page);
    }

    @Test
    void rowsBeforeTheirColumnsAreRefused() {
        String text = "{\"table\":\"component\",\"rows\":[],\"columns\":[],\"lastId\":null,\"tableDone\":true,\"cursor\":1}";

        assertRefused(text, "a snapshot page names its columns before its rows");
    }

    @Test
    void aRowWithMoreValuesThanColumnsIsRefused() {
        String text = "{\"table\":\"component\",\"columns\":[\"serial\"],\"rows\":[[\"01a21a4d-4000-7000-b19c-bcc6d3faee7b\",1,null,0,"
                + "\"S1\",\"S2\"]],\"lastId\":null,\"tableDone\":true,\"cursor\":1}";

        assertRefused(text, "a row has more values than the page has columns");
    }

    @Test
    void aRowWithFewerValuesThanColumnsIsRefused() {
        String text = "{\"table\":\"component\",\"columns\":[\"serial\",\"kind\"],\"rows\":[[\"01a21a4d-4000-7000-b19c-bcc6d3faee7b\",1,"
                + "null,0,\"S1\"]],\"lastId\":null,\"tableDone\":true,\"cursor\":1}";

        assertRefused(text, "kind is text");
    }

    @Test
    void aRowIdThatIsNotAnIdIsRefused() {
        String text = "{\"table\":\"component\",\"columns\":[],\"rows\":[[\"DROP TABLE\",1,null,0]],\"lastId\":null,"
                + "\"tableDone\":true,\"cursor\":1}";

        assertRefused(text, "a row's id is not an id: DROP TABLE");
    }

    @Test
    void anUnknownFieldIsRefused() {
        String text = "{\"table\":\"component\",\"columns\":[],\"rows\":[],\"lastId\":null,\"tableDone\":true,\"cursor\":1,\"x\":1}";

        assertRefused(text, "unknown field x");
    }

    @Test
    void aColumnNamedTwiceIsRefused() {
        String text = "{\"table\":\"component\",\"columns\":[\"serial\",\"serial\"],\"rows\":[],\"lastId\":null,"
                + "\"tableDone\":true,\"cursor\":1}";

        assertRefused(text, "column serial is named twice");
    }
}
