package org.techbench.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.techbench.i18n.Texts;
import org.techbench.service.RefusedException;
import org.techbench.service.encryption.EncryptionService;
import org.techbench.store.DataFolder;
import org.techbench.store.KeyFile;

/**
 * Unlocks an encrypted data folder for a command: with the passphrase in a file
 * ({@code --passphrase-file}), in {@code $TECHBENCH_PASSPHRASE}, or typed at the terminal with
 * three tries. A plain folder is returned as it is.
 */
final class PassphrasePrompt {

    static final String ENVIRONMENT_VARIABLE = "TECHBENCH_PASSPHRASE";

    private PassphrasePrompt() {
    }

    static EncryptionService service() {
        return new EncryptionService(new KeyFile(KeyFile.DEFAULT_ITERATIONS), () -> Texts.refusals(Locale.ENGLISH));
    }

    static DataFolder unlock(DataFolder folder, Path passphraseFile, Map<String, String> environment, Console console) {
        if (!folder.encrypted() || folder.key() != null) {
            return folder;
        }
        EncryptionService encryption = service();
        char[] given = given(passphraseFile, environment);
        if (given != null) {
            return encryption.unlock(folder, given);
        }
        if (console == null) {
            throw new RefusedException("The store in " + folder.root() + " is encrypted. Give its passphrase with "
                    + "--passphrase-file FILE or in " + ENVIRONMENT_VARIABLE + ", or run the command in a terminal to type it.");
        }
        RefusedException last = null;
        Thread preparing = Thread.ofPlatform().daemon().name("prepare-to-unlock").start(encryption::prepareToUnlock);
        for (int attempt = 1; attempt <= EncryptionService.TRIES; attempt++) {
            char[] typed = console.readPassword("Passphrase for the store in %s: ", folder.root());
            if (typed == null) {
                break; // end of input
            }
            try {
                preparing.join();
                return encryption.unlock(folder, typed);
            } catch (RefusedException e) {
                last = e;
                console.printf("%s%n", e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new RefusedException(last != null ? "Three wrong passphrases: the store stays locked. Run the command again."
                : "No passphrase was typed: the store stays locked.");
    }

    /** The passphrase given without a terminal: a file's first line, else the environment's; {@code null} for neither. */
    static char[] given(Path passphraseFile, Map<String, String> environment) {
        if (passphraseFile != null) {
            return read(passphraseFile);
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isEmpty() ? null : fromEnvironment.toCharArray();
    }

    /** A new passphrase: a file's first line (taken as typed twice), else typed twice at the terminal. */
    static char[][] newPassphrase(Path file) {
        if (file != null) {
            char[] read = read(file);
            return new char[][] {read, read};
        }
        Console console = System.console();
        if (console == null) {
            throw new RefusedException("No terminal to type the new passphrase in: give it with --new-passphrase-file FILE.");
        }
        return new char[][] {console.readPassword("New passphrase (at least %d characters): ", EncryptionService.MIN_LENGTH),
                console.readPassword("The same again: ")};
    }

    /** A passphrase on the first line of a file, without its line end. */
    static char[] read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            return (line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).toCharArray();
        } catch (IOException e) {
            throw new RefusedException("Cannot read the passphrase file " + file + " (" + e.getMessage() + ").");
        }
    }
}
