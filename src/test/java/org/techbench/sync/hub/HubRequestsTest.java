package org.techbench.sync.hub;

import org.techbench.domain.people.PasswordHasher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.people.Role;
import org.techbench.domain.sync.HybridClock;
import org.techbench.domain.sync.MergedRow;
import org.techbench.domain.sync.Mutation;
import org.techbench.domain.sync.MutationAnswer;
import org.techbench.domain.sync.RowChange;
import org.techbench.domain.sync.Stamp;
import org.techbench.schema.Tables;
import org.techbench.sync.HubApi;
import org.techbench.sync.WireJson;

/** The hub's HTTP surface facing bad, hostile and repeated requests. */
class HubRequestsTest {

    static final String NODE = "00000000000000a1";
    static final String OTHER_NODE = "00000000000000b2";
    static final char[] PASSWORD = "long enough secret".toCharArray();

    @TempDir
    Path folder;
    final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T08:00:00Z"));
    final ObjectMapper json = WireJson.mapper();
    final HttpClient http = HttpClient.newHttpClient();
    HubDatabase database;
    Accounts accounts;
    HubServer server;
    String token;
    long nextSeq = 1;
    String acceptLanguage;

    @BeforeEach
    void start() {
        database = HubDatabase.open(null, folder);
        accounts = new Accounts(database, clock, new PasswordHasher(1_000));
        accounts.add("mia", Role.SUPPORT_MANAGER, List.of(), PASSWORD.clone());
        accounts.add("eli", Role.ENGINEER, List.of("H1"), PASSWORD.clone());
        server = HubServer.start(accounts, new HubLog(database, clock), new HubBlobs(database), clock, "127.0.0.1", 0, null);
        token = accounts.login("mia", PASSWORD.clone(), NODE).accessToken();
    }

    @AfterEach
    void stop() {
        server.close();
        database.close();
    }

    @Test
    void malformedJsonIsABadRequestWithAMessage() throws Exception {
        var response = post(HubApi.PUSH, "{\"node\": \"" + NODE + "\", \"mutations\": [", token, NODE);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problem(response)).startsWith("The request is not valid");
    }

    @Test
    void aFieldOfTheWrongTypeIsABadRequest() throws Exception {
        var response = post(HubApi.PUSH, "{\"node\": \"" + NODE + "\", \"mutations\": \"all of them\"}", token, NODE);
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void anUnknownFieldIsABadRequestNamingIt() throws Exception {
        var response = post(HubApi.PUSH, "{\"node\": \"" + NODE + "\", \"mutations\": [], \"admin\": true}", token, NODE);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problem(response)).contains("admin");
    }

    @Test
    void anOversizeBodyIsRefusedBeforeItIsRead() throws Exception {
        String body = "{\"node\": \"" + "x".repeat((int) HubServer.MAX_BODY) + "\"}";
        var response = post(HubApi.PUSH, body, token, NODE);
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void aRequestWithoutATokenMustSignIn() throws Exception {
        assertThat(get(HubApi.PULL + "?cursor=0", null, NODE).statusCode()).isEqualTo(401);
    }

    @Test
    void aForgedTokenIsRefused() throws Exception {
        var response = get(HubApi.PULL + "?cursor=0", "made-up-token", NODE);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(problem(response)).contains("not one this hub issued");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        clock.advance(Accounts.ACCESS_LIFETIME.plusSeconds(1));
        var response = get(HubApi.PULL + "?cursor=0", token, NODE);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(problem(response)).contains("expired");
    }

    @Test
    void aSessionUnusedForThirtyDaysEndsAndOneUsedWithinThemGoesOn() {
        var session = accounts.login("mia", PASSWORD.clone(), NODE);
        clock.advance(Duration.ofDays(30).minusSeconds(1));
        var renewed = accounts.refresh(session.refreshToken(), NODE);

        clock.advance(Duration.ofDays(30).plusSeconds(1));

        assertThat(renewed.userName()).isEqualTo("mia");
        assertThatThrownBy(() -> accounts.refresh(renewed.refreshToken(), NODE)).isInstanceOf(HubRefusal.class)
                .extracting(e -> ((HubRefusal) e).status()).isEqualTo(401);
    }

    @Test
    void aRefreshWhoseAnswerWasLostCanBeAskedAgainUntilTheNewTokenIsUsed() {
        var session = accounts.login("mia", PASSWORD.clone(), NODE);
        var lostOnTheWay = accounts.refresh(session.refreshToken(), NODE);
        var askedAgain = accounts.refresh(session.refreshToken(), NODE);

        var used = accounts.refresh(askedAgain.refreshToken(), NODE);

        assertThat(used.userName()).isEqualTo("mia");
        // The token just used stays good until the one it gave is used in turn; the older ones end.
        for (String spent : List.of(session.refreshToken(), lostOnTheWay.refreshToken())) {
            assertThatThrownBy(() -> accounts.refresh(spent, NODE)).isInstanceOf(HubRefusal.class)
                    .extracting(e -> ((HubRefusal) e).status()).isEqualTo(401);
        }
    }

    @Test
    void tokensAndPasswordsAreKeptOnlyAsHashes() throws Exception {
        var session = accounts.login("mia", PASSWORD.clone(), NODE);
        stop();

        assertThat(filesContaining(folder, "mia")).as("where the users are kept").isNotEmpty();
        assertThat(filesContaining(folder, session.refreshToken())).isEmpty();
        assertThat(filesContaining(folder, session.accessToken())).isEmpty();
        assertThat(filesContaining(folder, new String(PASSWORD))).isEmpty();
        database = HubDatabase.open(null, folder);
        server = HubServer.start(accounts, new HubLog(database, clock), new HubBlobs(database), clock, "127.0.0.1", 0, null);
    }

    private static List<Path> filesContaining(Path root, String text) throws Exception {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (var files = java.nio.file.Files.walk(root)) {
            return files.filter(java.nio.file.Files::isRegularFile).filter(file -> {
                try {
                    return contains(java.nio.file.Files.readAllBytes(file), needle);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (java.util.Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aTokenUsedFromAnotherLaptopIsForbidden() throws Exception {
        assertThat(get(HubApi.PULL + "?cursor=0", token, OTHER_NODE).statusCode()).isEqualTo(403);
        var push = post(HubApi.PUSH, json.writeValueAsString(new HubApi.Push(OTHER_NODE, List.of())), token, NODE);
        assertThat(push.statusCode()).isEqualTo(403);
    }

    @Test
    void repeatedFailedSignInsAreSlowedDown() throws Exception {
        String wrong = json.writeValueAsString(new HubApi.Login("mia", "wrong password", NODE));
        assertThat(post(HubApi.LOGIN, wrong, null, NODE).statusCode()).isEqualTo(401);
        assertThat(post(HubApi.LOGIN, wrong, null, NODE).statusCode()).isEqualTo(401);
        assertThat(post(HubApi.LOGIN, wrong, null, NODE).statusCode()).isEqualTo(401);
        var locked = post(HubApi.LOGIN, json.writeValueAsString(new HubApi.Login("mia", new String(PASSWORD), NODE)), null, NODE);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        clock.advance(Duration.ofSeconds(2));
        var later = post(HubApi.LOGIN, json.writeValueAsString(new HubApi.Login("mia", new String(PASSWORD), NODE)), null, NODE);
        assertThat(later.statusCode()).isEqualTo(200);
    }

    @Test
    void aDisabledUserCannotSignInAndLosesTheirSessions() throws Exception {
        accounts.disable("mia");
        assertThat(get(HubApi.PULL + "?cursor=0", token, NODE).statusCode()).isEqualTo(401);
        var login = post(HubApi.LOGIN, json.writeValueAsString(new HubApi.Login("mia", new String(PASSWORD), NODE)), null, NODE);
        assertThat(login.statusCode()).isEqualTo(403);
    }

    @Test
    void aLaptopSyncsForOneUserOnly() throws Exception {
        var login = post(HubApi.LOGIN, json.writeValueAsString(new HubApi.Login("eli", new String(PASSWORD), NODE)), null, NODE);
        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(problem(login)).contains("registered to mia");
    }

    @Test
    void aPushForASiteTheUserMayNotWriteIsRefusedWithAReason() throws Exception {
        String eli = accounts.login("eli", PASSWORD.clone(), OTHER_NODE).accessToken();
        Mutation mutation = siteMutation(1, OTHER_NODE, "H2", clock.millis());
        MutationAnswer answer = push(eli, OTHER_NODE, mutation).getFirst();
        assertThat(answer.status()).isEqualTo(MutationAnswer.Status.REFUSED);
        assertThat(answer.reason()).startsWith("eli may not change data of site H2;");
        assertThat(logSize()).isZero();
    }

    @Test
    void healthNamesTheHubsBuildAndTheSchemaItWrites() throws Exception {
        var health = json.readValue(get(HubApi.HEALTH, null, NODE).body(), HubApi.Health.class);

        assertThat(health.status()).isEqualTo("ok");
        assertThat(health.schemaVersion()).isEqualTo(19);
        assertThat(health.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void metricsCountPushesTheirChangesByOutcomeAndRequestsByRoute() throws Exception {
        push(token, NODE, siteMutation(1, NODE, "H1", clock.millis()));
        String eli = accounts.login("eli", PASSWORD.clone(), OTHER_NODE).accessToken();
        push(eli, OTHER_NODE, siteMutation(1, OTHER_NODE, "H2", clock.millis()));
        get(HubApi.HEALTH, null, NODE);

        var response = get(HubApi.METRICS, null, NODE);

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body().lines()).contains(
                "techbench_hub_pushes_total 2.0",
                "techbench_hub_changes_total{outcome=\"applied\"} 1.0",
                "techbench_hub_changes_total{outcome=\"refused\"} 1.0",
                "techbench_hub_requests_total{method=\"POST\",route=\"/api/push\",status=\"200\"} 2.0",
                "techbench_hub_requests_total{method=\"GET\",route=\"/api/health\",status=\"200\"} 1.0");
        assertThat(response.body()).contains("techbench_hub_info{schema=\"19\"").contains("jvm_memory_used_bytes");
    }

    @Test
    void metricsCountTheSnapshotRowsServed() throws Exception {
        push(token, NODE, siteMutation(1, NODE, "H1", clock.millis()), siteMutation(2, NODE, "H2", clock.millis()));

        var page = get(HubApi.SNAPSHOT + "?table=site&limit=100", token, NODE);

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(get(HubApi.METRICS, null, NODE).body().lines()).contains("techbench_hub_snapshot_rows_served_total 2.0");
    }

    @Test
    void aRefusalIsWordedInTheLanguageTheLaptopAsksFor() throws Exception {
        acceptLanguage = "zh-CN,zh;q=0.9,en;q=0.8";
        var login = post(HubApi.LOGIN, json.writeValueAsString(new HubApi.Login("mia", "wrong password", NODE)), null, NODE);
        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(problem(login)).isEqualTo("用户名或密码错误。");
    }

    @Test
    void aLanguageTheHubDoesNotSpeakIsAnsweredInEnglish() throws Exception {
        acceptLanguage = "fr-FR,fr;q=0.9";
        var login = post(HubApi.LOGIN, json.writeValueAsString(new HubApi.Login("mia", "wrong password", NODE)), null, NODE);
        assertThat(problem(login)).isEqualTo("Wrong user name or password.");
    }

    @Test
    void aRefusedChangeIsWordedInTheLanguageOfTheLaptopThatPushedIt() throws Exception {
        String eli = accounts.login("eli", PASSWORD.clone(), OTHER_NODE).accessToken();
        acceptLanguage = "zh-CN";
        MutationAnswer answer = push(eli, OTHER_NODE, siteMutation(1, OTHER_NODE, "H2", clock.millis())).getFirst();
        assertThat(answer.status()).isEqualTo(MutationAnswer.Status.REFUSED);
        assertThat(answer.reason()).isEqualTo("eli 无权更改站点 H2 的数据；请支持经理在同步中心把该站点加入 eli 的站点。");
    }

    @Test
    void aChangeFromAClockHoursAheadIsRefusedAndTheHubsTimeIsSent() throws Exception {
        Mutation mutation = siteMutation(1, NODE, "H1", clock.millis() + Duration.ofHours(3).toMillis());
        var response = post(HubApi.PUSH, json.writeValueAsString(new HubApi.Push(NODE, List.of(mutation))), token, NODE);
        MutationAnswer answer = json.readValue(response.body(), HubApi.Pushed.class).answers().getFirst();
        assertThat(answer.status()).isEqualTo(MutationAnswer.Status.REFUSED);
        assertThat(answer.reason()).contains("180 minutes ahead");
        assertThat(response.headers().firstValue(HubApi.HUB_TIME)).contains(Long.toString(clock.millis()));
    }

    @Test
    void theSamePushSentTwiceIsAppliedOnceAndAnsweredAsADuplicate() throws Exception {
        Mutation mutation = siteMutation(1, NODE, "H1", clock.millis());
        assertThat(push(token, NODE, mutation).getFirst().status()).isEqualTo(MutationAnswer.Status.APPLIED);
        assertThat(push(token, NODE, mutation).getFirst().status()).isEqualTo(MutationAnswer.Status.DUPLICATE);
        assertThat(logSize()).isEqualTo(1);
    }

    @Test
    void aRefusedPushSentAgainIsRefusedAgainWithTheSameReason() throws Exception {
        String eli = accounts.login("eli", PASSWORD.clone(), OTHER_NODE).accessToken();
        Mutation mutation = siteMutation(1, OTHER_NODE, "H2", clock.millis());
        MutationAnswer first = push(eli, OTHER_NODE, mutation).getFirst();
        MutationAnswer again = push(eli, OTHER_NODE, mutation).getFirst();
        assertThat(again.status()).isEqualTo(MutationAnswer.Status.REFUSED);
        assertThat(again.reason()).isEqualTo(first.reason());
    }

    @Test
    void aMutationRefusedHalfWayWritesNothingAndTheNextOneInThePushIsApplied() throws Exception {
        UUID id = UUID.randomUUID();
        // A site's name alone: the hub locks the log and looks for the row before it finds the row unknown.
        var nameOnly = new RowChange("site", id, id, new Stamp(HybridClock.of(clock.millis(), 0), NODE),
                Map.of("site_id", id.toString(), "name", "Site without a code"));
        Mutation incomplete = new Mutation(UUID.randomUUID(), 1, 1, 5, UUID.randomUUID(), List.of(nameOnly));
        List<MutationAnswer> answers = push(token, NODE, incomplete, siteMutation(2, NODE, "H1", clock.millis()));
        assertThat(answers).extracting(MutationAnswer::status)
                .containsExactly(MutationAnswer.Status.REFUSED, MutationAnswer.Status.APPLIED);
        assertThat(answers.getFirst().reason()).contains("arrived before the row itself");
        assertThat(logSize()).isEqualTo(1);
        assertThat(database.dsl().fetchCount(Tables.SITE)).isEqualTo(1);
    }

    @Test
    void aFaultCannotBePutBackToWorkOnceTheHubHasItClosed() throws Exception {
        UUID site = UUID.randomUUID();
        UUID fault = UUID.randomUUID();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("site_id", site.toString());
        fields.put("number", "F-1");
        fields.put("reported_at", "2026-11-28T08:00:00Z");
        fields.put("occurred_at", "2026-11-28T07:30:00Z");
        fields.put("reporter_name", "Li Na");
        fields.put("symptom", "Printer jams on every page");
        fields.put("category", "HARDWARE");
        fields.put("subcategory", "PRINTER");
        fields.put("impact", "LOW");
        fields.put("urgency", "LOW");
        fields.put("priority", "P4");
        fields.put("status", "CLOSED");
        fields.put("archived", "false");
        fields.put("cl", "1");
        Stamp now = new Stamp(HybridClock.of(clock.millis(), 0), NODE);
        var created = new Mutation(UUID.randomUUID(), 1, 1, 6, UUID.randomUUID(),
                List.of(new RowChange("fault", fault, site, now, fields)));
        assertThat(push(token, NODE, created).getFirst().reason()).isNull();
        var reopened = new Mutation(UUID.randomUUID(), 2, 2, 6, UUID.randomUUID(), List.of(new RowChange("fault", fault,
                site, new Stamp(now.hlc() + 1, NODE), Map.of("status", "IN_PROGRESS"))));
        MutationAnswer answer = push(token, NODE, reopened).getFirst();
        assertThat(answer.status()).isEqualTo(MutationAnswer.Status.REFUSED);
        assertThat(answer.reason()).startsWith("The fault is already closed on the hub and cannot go to in progress");
    }

    @Test
    void theSamePushSentConcurrentlyIsAppliedOnce() throws Exception {
        Mutation mutation = siteMutation(1, NODE, "H1", clock.millis());
        List<Future<MutationAnswer.Status>> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                Callable<MutationAnswer.Status> call = () -> push(token, NODE, mutation).getFirst().status();
                answers.add(pool.submit(call));
            }
        }
        List<MutationAnswer.Status> statuses = new ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get());
        }
        assertThat(statuses).containsOnlyOnce(MutationAnswer.Status.APPLIED);
        assertThat(statuses).filteredOn(s -> s == MutationAnswer.Status.DUPLICATE).hasSize(3);
        assertThat(logSize()).isEqualTo(1);
    }

    @Test
    void aPushThatSkipsSequenceNumbersIsRefusedNamingTheOneExpected() throws Exception {
        nextSeq = 5;
        Mutation mutation = siteMutation(5, NODE, "H1", clock.millis());
        var response = post(HubApi.PUSH, json.writeValueAsString(new HubApi.Push(NODE, List.of(mutation))), token, NODE);
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json.readValue(response.body(), HubApi.Problem.class).expectedSeq()).isEqualTo(1);
        assertThat(logSize()).isZero();
    }

    @Test
    void aChangeToATableTheHubDoesNotSyncIsRefused() throws Exception {
        var change = new RowChange("hub_user", UUID.randomUUID(), null, new Stamp(HybridClock.of(clock.millis(), 0), NODE),
                Map.of("name", "root"));
        var mutation = new Mutation(UUID.randomUUID(), 1, 1, 5, UUID.randomUUID(), List.of(change));
        MutationAnswer answer = push(token, NODE, mutation).getFirst();
        assertThat(answer.status()).isEqualTo(MutationAnswer.Status.REFUSED);
        assertThat(answer.reason()).contains("hub_user is not a synced table");
    }

    @Test
    void aMutationCutOffHalfWayLeavesNoTraceAndTheResentPushAppliesEachMutationOnce() throws Exception {
        List<Mutation> mutations = new ArrayList<>();
        for (int seq = 1; seq <= 400; seq++) {
            mutations.add(siteMutation(seq, NODE, "H" + seq, clock.millis()));
        }
        String body = json.writeValueAsString(new HubApi.Push(NODE, mutations));
        database.dsl().execute("create trigger power_cut after insert on site for each row call \""
                + PowerCutAtSite.class.getName() + "\"");

        var cut = post(HubApi.PUSH, body, token, NODE);

        assertThat(cut.statusCode()).as(cut.body()).isEqualTo(500);
        assertThat(database.dsl().fetchCount(Tables.HUB_MUTATION)).isEqualTo(199);
        assertThat(database.dsl().fetchCount(Tables.SITE)).isEqualTo(199);
        assertThat(database.dsl().fetchCount(Tables.SITE, Tables.SITE.CODE.eq(PowerCutAtSite.CODE))).isZero();
        assertThat(logSize()).isEqualTo(199);

        database.dsl().execute("drop trigger power_cut");
        var resent = post(HubApi.PUSH, body, token, NODE);

        assertThat(resent.statusCode()).as(resent.body()).isEqualTo(200);
        assertThat(json.readValue(resent.body(), HubApi.Pushed.class).answers())
                .extracting(MutationAnswer::status)
                .containsOnly(MutationAnswer.Status.DUPLICATE, MutationAnswer.Status.APPLIED)
                .filteredOn(status -> status == MutationAnswer.Status.DUPLICATE).hasSize(199);
        assertThat(database.dsl().fetchCount(Tables.SITE)).isEqualTo(400);
        assertThat(logSize()).isEqualTo(400);
    }

    @Test
    void healthAnswersWithoutSigningIn() throws Exception {
        var response = get(HubApi.HEALTH, null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readValue(response.body(), HubApi.Health.class).status()).isEqualTo("ok");
    }

    @Test
    void aSiteCodeCreatedTwiceInOnePushIsOneSiteAndTheAnswerSaysSo() throws Exception {
        List<MutationAnswer> answers = push(token, NODE, siteMutation(1, NODE, "H1", clock.millis()),
                siteMutation(2, NODE, "H1", clock.millis() + 1));
        assertThat(answers).extracting(MutationAnswer::status)
                .containsExactly(MutationAnswer.Status.APPLIED, MutationAnswer.Status.APPLIED);
        assertThat(answers.get(1).merged()).extracting(MergedRow::table, MergedRow::key).containsExactly(tuple("site", "H1"));
        assertThat(database.dsl().fetchCount(Tables.SITE)).isEqualTo(1);
    }

    @Test
    void aSiteBroughtBackIsJudgedByTheCodeItEndsWithNotTheOlderCodeItWasBroughtBackWith() throws Exception {
        long t = clock.millis();
        UUID h1 = siteId(push(token, NODE, siteMutation(1, NODE, "H1", t)), "H1");
        UUID renamed = siteId(push(token, NODE, siteMutation(2, NODE, "H2", t + 1)), "H2");
        push(token, NODE, mutation(3, NODE, new RowChange("site", renamed, renamed, new Stamp(HybridClock.of(t + 10, 0), NODE),
                Map.of("code", "H3"))));
        push(token, NODE, mutation(4, NODE, new RowChange("site", renamed, renamed, new Stamp(HybridClock.of(t + 11, 0), NODE),
                Map.of("cl", "2"))));
        UUID h3 = siteId(push(token, NODE, siteMutation(5, NODE, "H3", t + 12)), "H3");
        // Another laptop, behind on both, brings the site back under the code it last knew.
        String other = accounts.login("mia", PASSWORD.clone(), OTHER_NODE).accessToken();
        Map<String, String> back = new LinkedHashMap<>();
        back.put("site_id", renamed.toString());
        back.put("code", "H1");
        back.put("name", "Site H1");
        back.put("archived", "false");
        back.put("cl", "3");
        MutationAnswer answer = push(other, OTHER_NODE, mutation(1, OTHER_NODE,
                new RowChange("site", renamed, renamed, new Stamp(HybridClock.of(t + 5, 0), OTHER_NODE), back))).getFirst();

        assertThat(answer.merged()).extracting(MergedRow::duplicate, MergedRow::survivor, MergedRow::key)
                .containsExactly(tuple(renamed, h3, "H3"));
        assertThat(database.dsl().select(Tables.SITE.ID, Tables.SITE.CODE).from(Tables.SITE).where(Tables.SITE.CL.mod(2).eq(1))
                .fetch().intoMap(Tables.SITE.ID, Tables.SITE.CODE)).containsOnly(entry(h1, "H1"), entry(h3, "H3"));
    }

    @Test
    void aPartClaimingTheSerialOfAPartInAnotherSiteIsRefusedAndNothingIsWritten() throws Exception {
        UUID h1 = siteId(push(token, NODE, siteMutation(1, NODE, "H1", clock.millis())), "H1");
        UUID h2Asset = aPartWithSerialInSiteH2(2);
        MutationAnswer answer = push(token, NODE, mutation(5, NODE, part(h1, h2Asset, "SN-1", NODE))).getFirst();
        assertThat(answer.status()).isEqualTo(MutationAnswer.Status.REFUSED);
        assertThat(answer.reason()).isEqualTo("SN-1 is already a record of site H2: a record of another site cannot take its key."
                + " Give your record another key.");
        assertThat(database.dsl().fetchCount(Tables.COMPONENT)).isEqualTo(1);
    }

    @Test
    void aMergeIntoASiteTheUserMayNotSeeIsRefused() throws Exception {
        UUID h1 = siteId(push(token, NODE, siteMutation(1, NODE, "H1", clock.millis())), "H1");
        UUID h2Asset = aPartWithSerialInSiteH2(2);
        String eli = accounts.login("eli", PASSWORD.clone(), OTHER_NODE).accessToken();
        MutationAnswer answer = push(eli, OTHER_NODE, mutation(1, OTHER_NODE, part(h1, h2Asset, "SN-1", OTHER_NODE))).getFirst();
        assertThat(answer.status()).isEqualTo(MutationAnswer.Status.REFUSED);
        assertThat(answer.reason()).startsWith("SN-1 is already a record of site H2, which you may not see");
        assertThat(database.dsl().fetchCount(Tables.COMPONENT)).isEqualTo(1);
        assertThat(database.dsl().fetchCount(Tables.HUB_MERGE)).isZero();
    }

    @Test
    void aFirstSyncStartsWithTheMergesMadeBeforeItOnlyOfSitesTheUserMaySee() throws Exception {
        push(token, NODE, siteMutation(1, NODE, "H1", clock.millis()), siteMutation(2, NODE, "H1", clock.millis() + 1),
                siteMutation(3, NODE, "H2", clock.millis() + 2), siteMutation(4, NODE, "H2", clock.millis() + 3));
        String eli = accounts.login("eli", PASSWORD.clone(), OTHER_NODE).accessToken();

        var managers = json.readValue(get(HubApi.SNAPSHOT, token, NODE).body(), HubApi.SnapshotStart.class);
        var engineers = json.readValue(get(HubApi.SNAPSHOT, eli, OTHER_NODE).body(), HubApi.SnapshotStart.class);

        assertThat(managers.merges()).extracting(MergedRow::table, MergedRow::key)
                .containsExactlyInAnyOrder(tuple("site", "H1"), tuple("site", "H2"));
        assertThat(engineers.merges()).extracting(MergedRow::key).containsExactly("H1");
        assertThat(engineers.merges().getFirst().survivor()).isEqualTo(database.dsl().select(Tables.SITE.ID)
                .from(Tables.SITE).where(Tables.SITE.CODE.eq("H1")).fetchOne(Tables.SITE.ID));
    }

    /** Site H2 with one asset and a part of serial SN-1 on it, pushed as {@code seq} to {@code seq + 2}; the asset's id. */
    private UUID aPartWithSerialInSiteH2(long seq) throws Exception {
        UUID h2 = siteId(push(token, NODE, siteMutation(seq, NODE, "H2", clock.millis())), "H2");
        UUID asset = UUID.randomUUID();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("site_id", h2.toString());
        fields.put("tag", "H2-PC-1");
        fields.put("name", "Desk PC");
        fields.put("kind", "DESKTOP");
        fields.put("status", "IN_SERVICE");
        fields.put("archived", "false");
        fields.put("cl", "1");
        var assetRow = new RowChange("asset", asset, h2, new Stamp(HybridClock.of(clock.millis(), 1), NODE), fields);
        assertThat(push(token, NODE, mutation(seq + 1, NODE, assetRow, part(h2, asset, "SN-1", NODE))).getFirst().status())
                .isEqualTo(MutationAnswer.Status.APPLIED);
        return asset;
    }

    private RowChange part(UUID site, UUID asset, String serial, String node) {
        UUID id = UUID.randomUUID();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("site_id", site.toString());
        fields.put("asset_id", asset.toString());
        fields.put("kind", "DISK");
        fields.put("serial", serial);
        fields.put("archived", "false");
        fields.put("cl", "1");
        return new RowChange("component", id, site, new Stamp(HybridClock.of(clock.millis(), 2), node), fields);
    }

    private UUID siteId(List<MutationAnswer> answers, String code) {
        assertThat(answers.getFirst().status()).isEqualTo(MutationAnswer.Status.APPLIED);
        return database.dsl().select(Tables.SITE.ID).from(Tables.SITE)
                .where(Tables.SITE.CODE.eq(code).and(Tables.SITE.CL.mod(2).eq(1))).fetchOne(Tables.SITE.ID);
    }

    private static Mutation mutation(long seq, String node, RowChange... changes) {
        return new Mutation(UUID.randomUUID(), seq, seq + changes.length - 1, 5, UUID.randomUUID(), List.of(changes));
    }

    private Mutation siteMutation(long seq, String node, String code, long millis) {
        UUID id = UUID.randomUUID();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("site_id", id.toString());
        fields.put("code", code);
        fields.put("name", "Site " + code);
        fields.put("time_zone", "Asia/Shanghai");
        fields.put("archived", "false");
        fields.put("cl", "1");
        var change = new RowChange("site", id, id, new Stamp(HybridClock.of(millis, 0), node), fields);
        return mutation(seq, node, change);
    }

    private List<MutationAnswer> push(String accessToken, String node, Mutation... mutations) throws Exception {
        var response = post(HubApi.PUSH, json.writeValueAsString(new HubApi.Push(node, List.of(mutations))), accessToken, node);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readValue(response.body(), HubApi.Pushed.class).answers();
    }

    private int logSize() {
        return database.dsl().fetchCount(Tables.HUB_CHANGE);
    }

    private String problem(HttpResponse<String> response) throws Exception {
        return json.readValue(response.body(), HubApi.Problem.class).message();
    }

    private HttpResponse<String> post(String path, String body, String accessToken, String node) throws Exception {
        return http.send(request(path, accessToken, node).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String accessToken, String node) throws Exception {
        return http.send(request(path, accessToken, node).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String accessToken, String node) {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json");
        if (acceptLanguage != null) {
            builder.header("Accept-Language", acceptLanguage);
        }
        if (accessToken != null) {
            builder.header("Authorization", "Bearer " + accessToken);
        }
        if (node != null) {
            builder.header(HubApi.NODE, node);
        }
        return builder;
    }
}
