package org.techbench.sync.hub;

import org.techbench.domain.people.PasswordHasher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.people.HubAccount;
import org.techbench.domain.people.NewTeamMember;
import org.techbench.domain.people.Role;
import org.techbench.domain.people.TeamAuditEntry;
import org.techbench.domain.people.TeamMember;
import org.techbench.domain.people.TeamMemberChange;
import org.techbench.sync.HubApi;
import org.techbench.sync.WireJson;

/** A support manager runs the team's accounts through the serving hub; everyone else may change only their own password. */
class TeamOverHttpTest {

    static final String MIA_NODE = "00000000000000a1";
    static final String ELI_NODE = "00000000000000b2";
    static final char[] PASSWORD = "long enough secret".toCharArray();

    @TempDir
    Path folder;
    final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T08:00:00Z"));
    final ObjectMapper json = WireJson.mapper();
    final HttpClient http = HttpClient.newHttpClient();
    HubDatabase database;
    Accounts accounts;
    HubServer server;
    String mia;
    String eli;

    @BeforeEach
    void start() {
        database = HubDatabase.open(null, folder);
        accounts = new Accounts(database, clock, new PasswordHasher(1_000));
        accounts.add("mia", Role.SUPPORT_MANAGER, List.of(), PASSWORD.clone());
        accounts.add("eli", Role.ENGINEER, List.of("H1"), PASSWORD.clone());
        server = HubServer.start(accounts, new HubLog(database, clock), new HubBlobs(database), clock, "127.0.0.1", 0, null);
        mia = accounts.login("mia", PASSWORD.clone(), MIA_NODE).accessToken();
        eli = accounts.login("eli", PASSWORD.clone(), ELI_NODE).accessToken();
    }

    @AfterEach
    void stop() {
        server.close();
        database.close();
    }

    @Test
    void aManagerAddsATechnicianWhoCanSignInAtOnce() throws Exception {
        var answer = send("POST", HubApi.USERS, new NewTeamMember("ken", "engineer", List.of("H1", "H2"), "first password 1"), mia,
                MIA_NODE);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(json.readValue(answer.body(), TeamMember.class))
                .isEqualTo(new TeamMember("ken", "engineer", List.of("H1", "H2"), false));
        assertThat(accounts.login("ken", "first password 1".toCharArray(), "00000000000000c3").userName()).isEqualTo("ken");
    }

    @Test
    void aTechnicianAskingToAddAUserIsForbiddenWithTheReasonAndNothingIsAdded() throws Exception {
        var answer = send("POST", HubApi.USERS, new NewTeamMember("ken", "engineer", List.of("H1"), "first password 1"), eli,
                ELI_NODE);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(problem(answer)).isEqualTo("eli is not a support manager: only support managers run the team's accounts.");
        assertThat(accounts.list()).extracting(HubAccount::name).containsExactly("eli", "mia");
    }

    @Test
    void aResetForAUserWhoDoesNotExistIsNotFound() throws Exception {
        var answer = send("POST", HubApi.USERS + "/nobody/password", new HubApi.PasswordReset("new password 22"), mia, MIA_NODE);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(problem(answer)).isEqualTo("There is no user called nobody on this hub.");
    }

    @Test
    void aResetPasswordEndsTheUsersSessionsAndTheNewOneSignsIn() throws Exception {
        assertThat(send("POST", HubApi.USERS + "/eli/password", new HubApi.PasswordReset("new password 22"), mia, MIA_NODE)
                .statusCode()).isEqualTo(204);

        assertThat(send("GET", HubApi.PULL + "?cursor=0&limit=10", null, eli, ELI_NODE).statusCode()).isEqualTo(401);
        assertThat(accounts.login("eli", "new password 22".toCharArray(), ELI_NODE).userName()).isEqualTo("eli");
    }

    @Test
    void aTechnicianChangesTheirOwnPasswordOnlyWithTheCurrentOne() throws Exception {
        var wrong = send("POST", HubApi.PASSWORD, new HubApi.PasswordChange("not it", "my own password 3"), eli, ELI_NODE);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(problem(wrong)).isEqualTo("The current password is not right; the password was not changed.");

        var right = send("POST", HubApi.PASSWORD, new HubApi.PasswordChange(new String(PASSWORD), "my own password 3"), eli,
                ELI_NODE);
        assertThat(right.statusCode()).isEqualTo(204);
        assertThatThrownBy(() -> accounts.login("eli", PASSWORD.clone(), ELI_NODE)).isInstanceOf(HubRefusal.class);
        assertThat(accounts.login("eli", "my own password 3".toCharArray(), ELI_NODE).userName()).isEqualTo("eli");
    }

    @Test
    void aManagerSetsRoleAndSitesAndDisablesAUser() throws Exception {
        var answer = send("PUT", HubApi.USERS + "/eli", new TeamMemberChange(null, List.of("H1", "H2"), true), mia, MIA_NODE);

        assertThat(json.readValue(answer.body(), TeamMember.class))
                .isEqualTo(new TeamMember("eli", "engineer", List.of("H1", "H2"), true));
        assertThat(send("GET", HubApi.PULL + "?cursor=0&limit=10", null, eli, ELI_NODE).statusCode()).isEqualTo(401);
    }

    @Test
    void aTechnicianWithoutSitesIsRefusedWithTheReason() throws Exception {
        var answer = send("POST", HubApi.USERS, new NewTeamMember("ken", "engineer", List.of(), "first password 1"), mia, MIA_NODE);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(problem(answer)).isEqualTo("Give the sites ken works on: only support managers see every site.");
    }

    @Test
    void everyChangeToTheTeamIsAuditedWithWhoMadeIt() throws Exception {
        send("POST", HubApi.USERS, new NewTeamMember("ken", "engineer", List.of("H1"), "first password 1"), mia, MIA_NODE);
        send("POST", HubApi.USERS + "/ken/password", new HubApi.PasswordReset("second password 2"), mia, MIA_NODE);
        send("POST", HubApi.PASSWORD, new HubApi.PasswordChange(new String(PASSWORD), "my own password 3"), eli, ELI_NODE);

        var audit = json.readValue(send("GET", HubApi.USER_AUDIT, null, mia, MIA_NODE).body(),
                new TypeReference<List<TeamAuditEntry>>() { });

        assertThat(audit).extracting(TeamAuditEntry::actor, TeamAuditEntry::action, TeamAuditEntry::target)
                .containsExactlyInAnyOrder(tuple("mia", "add", "ken"), tuple("mia", "reset-password", "ken"),
                        tuple("eli", "change-password", "eli"));
        assertThat(audit).allSatisfy(entry -> assertThat(String.valueOf(entry.detail()))
                .doesNotContain("password 1", "password 2", "password 3"));
    }

    private HttpResponse<String> send(String method, String path, Object body, String token, String node) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .header(HubApi.NODE, node)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String problem(HttpResponse<String> response) throws Exception {
        return json.readValue(response.body(), HubApi.Problem.class).message();
    }
}
