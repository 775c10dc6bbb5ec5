package org.techbench.cli;

import java.nio.file.Path;
import java.util.Map;
import org.techbench.store.DataFolder;
import picocli.CommandLine.Option;

/** Options every command takes. */
public final class GlobalOptions {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder (default: $TECHBENCH_DATA, else ~/.techbench).")
    Path data;

    DataFolder folder() {
        return DataFolder.resolve(data, Map.copyOf(System.getenv()), Path.of(System.getProperty("user.home")));
    }
}
