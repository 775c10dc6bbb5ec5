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

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "For an encrypted store: a file whose first line is its passphrase "
                    + "(default: $TECHBENCH_PASSPHRASE, else asked at the terminal).")
    Path passphraseFile;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Unlocked once per command: a command that asks for its folder twice asks for the passphrase once. */
    private DataFolder unlocked;

    /** The data folder, unlocked when its store is encrypted. */
    DataFolder folder() {
        if (unlocked == null) {
            unlocked = PassphrasePrompt.unlock(lockedFolder(), passphraseFile(), Map.copyOf(System.getenv()), System.console());
        }
        return unlocked;
    }

    /** The passphrase as this command was given it (file, environment, or typed once), to be checked by its user. */
    char[] passphrase() {
        char[] given = PassphrasePrompt.given(passphraseFile(), Map.copyOf(System.getenv()));
        if (given != null) {
            return given;
        }
        if (System.console() == null) {
            throw new org.techbench.service.RefusedException("No terminal to type the passphrase in: give it with "
                    + "--passphrase-file FILE or in " + PassphrasePrompt.ENVIRONMENT_VARIABLE + ".");
        }
        return System.console().readPassword("Current passphrase: ");
    }

    private Path passphraseFile() {
        return passphraseFile != null ? passphraseFile : given(command, "--passphrase-file", true);
    }

    /** The data folder as given, not unlocked: the window asks for the passphrase itself. */
    DataFolder lockedFolder() {
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
