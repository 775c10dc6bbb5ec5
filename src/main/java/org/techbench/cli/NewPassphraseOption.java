package org.techbench.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --new-passphrase-file} option of the commands that set a passphrase, and the reading of it. */
final class NewPassphraseOption {

    @Option(names = "--new-passphrase-file", paramLabel = "FILE",
            description = "A file whose first line is the new passphrase (default: typed twice at the terminal).")
    Path file;

    /** The new passphrase and its repetition: the file's first line twice, or both as typed. */
    char[][] read() {
        return PassphrasePrompt.newPassphrase(file);
    }
}
