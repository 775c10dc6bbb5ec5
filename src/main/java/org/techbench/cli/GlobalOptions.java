package org.techbench.cli;

import java.nio.file.Path;
import java.util.Map;
import org.techbench.store.DataFolder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every command takes. */
public final class GlobalOptions {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder (default: $TECHBENCH_DATA, else ~/.techbench).")
    Path data;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    DataFolder folder() {
        return folder(data != null ? data : given(command, "--data", true));
    }

    static DataFolder folder(Path data) {
        return DataFolder.resolve(data, Map.copyOf(System.getenv()), Path.of(System.getProperty("user.home")));
    }

    /**
     * An option's value from the nearest enclosing command given it (the top-level command too when
     * {@code rootToo}): each command has its own copy of a shared option, and
     * {@code techbench --data X sync} must not quietly fall back to the default folder.
     */
    static <T> T given(CommandSpec command, String option, boolean rootToo) {
        for (CommandSpec spec = command == null ? null : command.parent(); spec != null; spec = spec.parent()) {
            OptionSpec found = spec.findOption(option);
            if ((rootToo || spec.parent() != null) && found != null && found.getValue() != null) {
                return found.getValue();
            }
        }
        return null;
    }
}
