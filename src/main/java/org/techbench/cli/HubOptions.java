package org.techbench.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.techbench.service.sync.HubHost;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the hub keeps its data: options shared by the hub and its user commands. */
public final class HubOptions {

    @Mixin
    GlobalOptions global = new GlobalOptions();

    @Option(names = "--db", paramLabel = "JDBC-URL", description = "PostgreSQL instead of the H2 file, e.g. jdbc:postgresql://db/techbench?user=hub&password=...")
    String database;

    HubHost open(Clock clock) {
        Path folder = global.data != null ? global.data : global.folder().root().resolve("hub");
        return HubHost.open(database, folder, clock);
    }
}
