package org.techbench.service.sync;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.techbench.domain.people.Role;

/** A hub on an H2 file in a temporary folder (or on PostgreSQL), serving plain HTTP on a free loopback port. */
public final class HubFixture implements AutoCloseable {

    public static final String PASSWORD = "correct horse battery";

    public final HubHost host;
    public final String url;

    public HubFixture(Path folder, Clock clock) {
        this(folder, clock, null);
    }

    /** A hub on the database the JDBC URL names (PostgreSQL), or on H2 in the folder when it is null. */
    public HubFixture(Path folder, Clock clock, String jdbcUrl) {
        this.host = HubHost.open(jdbcUrl, folder, clock);
        int port = host.serve("127.0.0.1", 0, null, null);
        this.url = "http://127.0.0.1:" + port;
    }

    public HubFixture withManager(String name) {
        host.addUser(name, Role.SUPPORT_MANAGER, List.of(), PASSWORD.toCharArray());
        return this;
    }

    public HubFixture withEngineer(String name, String... siteCodes) {
        host.addUser(name, Role.ENGINEER, List.of(siteCodes), PASSWORD.toCharArray());
        return this;
    }

    @Override
    public void close() {
        host.close();
    }
}
