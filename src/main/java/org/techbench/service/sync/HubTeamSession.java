package org.techbench.service.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.techbench.domain.people.NewTeamMember;
import org.techbench.domain.people.TeamMember;
import org.techbench.domain.people.TeamMemberChange;
import org.techbench.sync.HubClient;

/**
 * The team's accounts on a running hub, signed in as one user without a laptop's store (the
 * command line's {@code hub user … --hub}); failures come as {@link SyncFailure} with the hub's reason.
 */
public final class HubTeamSession {

    private final HubClient client;
    private final String token;

    private HubTeamSession(HubClient client, String token) {
        this.client = client;
        this.token = token;
    }

    public static HubTeamSession signIn(String hubUrl, String user, char[] password) {
        return SyncService.translated(() -> {
            // One node per user for these sessions, not one per run: the hub registers each node it sees.
            HubClient client = new HubClient(hubUrl, nodeOf(user), System::currentTimeMillis);
            return new HubTeamSession(client, client.login(user, password).accessToken());
        });
    }

    public List<TeamMember> users() {
        return SyncService.translated(() -> client.users(token));
    }

    public TeamMember add(NewTeamMember member) {
        return SyncService.translated(() -> client.addUser(token, member));
    }

    public TeamMember change(String name, TeamMemberChange change) {
        return SyncService.translated(() -> client.changeUser(token, name, change));
    }

    public void resetPassword(String name, String password) {
        SyncService.translated(() -> {
            client.resetPassword(token, name, password);
            return null;
        });
    }

    private static String nodeOf(String user) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("command-line:" + user).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
