package org.techbench.sync.hub;

import org.techbench.domain.people.PasswordHasher;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.luben.zstd.ZstdInputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.people.Role;
import org.techbench.domain.sync.HybridClock;
import org.techbench.domain.sync.Mutation;
import org.techbench.domain.sync.RowChange;
import org.techbench.domain.sync.SnapshotPage;
import org.techbench.domain.sync.Stamp;
import org.techbench.sync.HubApi;
import org.techbench.sync.HubClient;
import org.techbench.sync.WireJson;

/** How the hub compresses its answers for laptops that take zstd, and for those that take only gzip. */
class HubAnswerEncodingTest {

    private static final String NODE = "00000000000000a1";
    private static final int SITES = 40;

    @TempDir
    Path folder;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T08:00:00Z"));
    private final ObjectMapper json = WireJson.mapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private HubDatabase database;
    private HubServer server;
    private String token;

    @BeforeEach
    void start() throws Exception {
        database = HubDatabase.open(null, folder);
        var accounts = new Accounts(database, clock, new PasswordHasher(1_000));
        accounts.add("mia", Role.SUPPORT_MANAGER, List.of(), "long enough secret".toCharArray());
        var log = new HubLog(database, clock);
        server = HubServer.start(accounts, log, new HubBlobs(database), clock, "127.0.0.1", 0, null);
        token = accounts.login("mia", "long enough secret".toCharArray(), NODE).accessToken();
        List<Mutation> sites = new ArrayList<>();
        for (int i = 1; i <= SITES; i++) {
            sites.add(site(i));
        }
        var push = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + HubApi.PUSH))
                .header("Authorization", "Bearer " + token).header(HubApi.NODE, NODE)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(new HubApi.Push(NODE, sites)))).build();
        assertThat(http.send(push, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        server.close();
        database.close();
    }

    @Test
    void aLaptopThatTakesZstdGetsItsPagesInZstd() throws Exception {
        var response = snapshotPage("zstd, gzip");

        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("zstd");
        assertThat(rows(new ZstdInputStream(new ByteArrayInputStream(response.body())))).hasSize(SITES);
    }

    @Test
    void aLaptopThatTakesOnlyGzipStillGetsGzip() throws Exception {
        var response = snapshotPage("gzip");

        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(rows(new GZIPInputStream(new ByteArrayInputStream(response.body())))).hasSize(SITES);
    }

    @Test
    void theLaptopsClientReadsTheHubsCompressedPages() {
        var client = new HubClient("http://127.0.0.1:" + server.port(), NODE, clock::millis);

        SnapshotPage page = client.snapshot(token, "site", null, 100);

        assertThat(page.rows()).hasSize(SITES);
        assertThat(page.rows()).allSatisfy(row -> assertThat(row.values().get("time_zone")).isEqualTo("Asia/Shanghai"));
    }

    private HttpResponse<byte[]> snapshotPage(String acceptedEncodings) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + HubApi.SNAPSHOT
                        + "?table=site&limit=100"))
                .header("Authorization", "Bearer " + token)
                .header(HubApi.NODE, NODE)
                .header("Accept-Encoding", acceptedEncodings)
                .GET().build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private List<?> rows(InputStream decoded) throws Exception {
        try (decoded) {
            return (List<?>) json.readValue(decoded, Map.class).get("rows");
        }
    }

    private Mutation site(int number) {
        UUID id = UUID.randomUUID();
        var fields = Map.of("site_id", id.toString(), "code", "S" + number, "name", "Site number " + number,
                "time_zone", "Asia/Shanghai", "archived", "false", "cl", "1");
        var change = new RowChange("site", id, id, new Stamp(HybridClock.of(clock.millis(), number), NODE), fields);
        return new Mutation(UUID.randomUUID(), number, number, 5, UUID.randomUUID(), List.of(change));
    }
}
