package org.techbench.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.techbench.service.sync.HubHost;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where the hub keeps its data: options shared by the hub and its user commands. A --data given
 * to {@code hub} or {@code hub user} is the hub's own folder; one given to {@code techbench} is
 * the workbench's data folder, whose hub/ the hub then uses.
 */
public final class HubOptions {

    @Mixin
    GlobalOptions global = new GlobalOptions();

    // From the environment as well, so that a service's password stays out of its command line.
    @Option(names = "--db", paramLabel = "JDBC-URL", defaultValue = "${env:TECHBENCH_HUB_DB}",
            description = "PostgreSQL instead of the H2 file, e.g. jdbc:postgresql://db/techbench?user=hub&password=... (default: $TECHBENCH_HUB_DB).")
    String database;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    HubHost open(Clock clock) {
        Path own = global.data != null ? global.data : GlobalOptions.given(command, "--data", false);
        Path folder = own != null ? own : GlobalOptions.folder(GlobalOptions.given(command, "--data", true)).root().resolve("hub");
        String url = database != null ? database : GlobalOptions.given(command, "--db", false);
        return HubHost.open(url, folder, clock);
    }
}
