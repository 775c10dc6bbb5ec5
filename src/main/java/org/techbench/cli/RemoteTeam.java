package org.techbench.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.techbench.domain.people.NewTeamMember;
import org.techbench.domain.people.TeamMember;
import org.techbench.domain.people.TeamMemberChange;
import org.techbench.service.sync.HubTeamSession;
import org.techbench.sync.HubApi;

/**
 * The team's accounts on a serving hub, from the command line, signed in as a support manager:
 * the user from --as or $TECHBENCH_USER, the password from $TECHBENCH_PASSWORD, else the terminal,
 * else the first line of standard input.
 */
final class RemoteTeam {

    private final HubTeamSession session;

    private RemoteTeam(HubTeamSession session) {
        this.session = session;
    }

    static RemoteTeam signIn(String url, String user, Map<String, String> environment, BufferedReader input) {
        String name = user != null ? user : environment.get("TECHBENCH_USER");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Say who signs in to " + url + ": --as NAME, or $TECHBENCH_USER.");
        }
        String password = environment.get("TECHBENCH_PASSWORD");
        Console console = System.console();
        if ((password == null || password.isEmpty()) && console != null && console.isTerminal()) {
            password = new String(console.readPassword("Password of %s on %s: ", name, url));
        } else if (password == null || password.isEmpty()) {
            password = line(input, "the password of " + name);
        }
        return new RemoteTeam(HubTeamSession.signIn(url, name, password.toCharArray()));
    }

    /** The next line of standard input, which must be there. */
    static String line(BufferedReader input, String what) {
        try {
            String line = input.readLine();
            if (line == null) {
                throw new IllegalArgumentException("Give " + what + " on standard input (one line).");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<TeamMember> users() {
        return session.users();
    }

    TeamMember add(NewTeamMember user) {
        return session.add(user);
    }

    TeamMember change(String name, TeamMemberChange change) {
        return session.change(name, change);
    }

    void resetPassword(String name, String password) {
        session.resetPassword(name, password);
    }

}
