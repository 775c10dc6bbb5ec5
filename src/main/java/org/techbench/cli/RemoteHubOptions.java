package org.techbench.cli;

import picocli.CommandLine.Option;

/** The serving hub a user command goes to, and who signs in to it; without --hub the command opens a stopped hub's data. */
public final class RemoteHubOptions {

    @Option(names = "--hub", paramLabel = "URL", description = "A running hub, e.g. https://hub.example.com:8470; sign in as a support manager.")
    String url;

    @Option(names = "--as", paramLabel = "NAME", description = "Who signs in to --hub (default: $TECHBENCH_USER); the password from "
            + "$TECHBENCH_PASSWORD, else asked, else the first line of standard input.")
    String user;

    boolean remote() {
        return url != null;
    }
}
