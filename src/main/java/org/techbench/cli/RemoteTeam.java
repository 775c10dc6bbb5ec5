package org.techbench.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.techbench.sync.HubApi;
import org.techbench.sync.HubClient;

/**
 * The team's accounts on a serving hub, from the command line, signed in as a support manager:
 * the user from --as or $TECHBENCH_USER, the password from $TECHBENCH_PASSWORD, else the terminal,
 * else the first line of standard input.
 */
final class RemoteTeam {

    private final HubClient client;
    private final String token;

    private RemoteTeam(HubClient client, String token) {
        this.client = client;
        this.token = token;
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
        // One node per manager for these commands, not one per run: the hub registers each node it sees.
        HubClient client = new HubClient(url, nodeOf(name), System::currentTimeMillis);
        return new RemoteTeam(client, client.login(name, password.toCharArray()).accessToken());
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

    List<HubApi.User> users() {
        return client.users(token);
    }

    HubApi.User add(HubApi.NewUser user) {
        return client.addUser(token, user);
    }

    HubApi.User change(String name, HubApi.UserChange change) {
        return client.changeUser(token, name, change);
    }

    void resetPassword(String name, String password) {
        client.resetPassword(token, name, password);
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
