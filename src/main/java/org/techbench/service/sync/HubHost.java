package org.techbench.service.sync;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.techbench.domain.people.HubAccount;
import org.techbench.domain.people.Role;
import org.techbench.domain.people.TeamAuditEntry;
import org.techbench.sync.hub.Accounts;
import org.techbench.sync.hub.HubBlobs;
import org.techbench.sync.hub.HubDatabase;
import org.techbench.sync.hub.HubLog;
import org.techbench.sync.hub.HubServer;

/** A hub as the `hub` commands run it: its database, its accounts and, once served, its HTTP server. */
public final class HubHost implements AutoCloseable {

    /** Who the audit names for changes made on the hub's own data: the operating system's user at its console. */
    private static final String LOCAL = "(local) " + System.getProperty("user.name");

    private final HubDatabase database;
    private final Accounts accounts;
    private final Clock clock;
    private HubServer server;

    private HubHost(HubDatabase database, Accounts accounts, Clock clock) {
        this.database = database;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Opens (creating and migrating as needed) the hub's database: the JDBC URL, else an H2 file in the folder. */
    public static HubHost open(String jdbcUrl, Path dataFolder, Clock clock) {
        HubDatabase database = HubDatabase.open(jdbcUrl, dataFolder);
        try {
            return new HubHost(database, Accounts.of(database, clock), clock);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public String description() {
        return database.description();
    }

    public void addUser(String name, Role role, List<String> siteCodes, char[] password) {
        accounts.add(name, role, siteCodes, password);
        accounts.audit(LOCAL, "add", name, role.name().toLowerCase(java.util.Locale.ROOT) + " " + String.join(",", siteCodes));
    }

    /** The newest changes to the team's accounts, made here or through the running hub. */
    public List<TeamAuditEntry> audit() {
        return accounts.auditEntries();
    }

    public List<HubAccount> users() {
        return accounts.list();
    }

    public void disableUser(String name) {
        accounts.disable(name);
        accounts.audit(LOCAL, "update", name, "disabled");
    }

    /** A new password for a user of a stopped hub; their sessions end. */
    public void resetPassword(String name, char[] password) {
        if (users().stream().noneMatch(account -> account.name().equals(name))) {
            throw new IllegalArgumentException("There is no user called " + name + ".");
        }
        if (password.length < 8) {
            throw new IllegalArgumentException("A password needs at least 8 characters.");
        }
        accounts.resetPassword(name, password);
        accounts.audit(LOCAL, "reset-password", name, null);
    }

    /** Starts serving; {@code keystore} (with its password) turns on HTTPS on the same port. Returns the port. */
    public int serve(String host, int port, Path keystore, String keystorePassword) {
        // With a keystore the HTTPS connector is the only one: nothing is served in plain text.
        HubServer.Tls tls = keystore == null ? null : new HubServer.Tls(keystore, keystorePassword, host, port);
        server = HubServer.start(accounts, new HubLog(database, clock), new HubBlobs(database), clock, host, port, tls);
        return server.port();
    }

    /** Stops serving (requests in flight finish) and closes the database. */
    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        database.close();
    }
}
