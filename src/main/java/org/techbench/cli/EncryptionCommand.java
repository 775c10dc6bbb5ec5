package org.techbench.cli;

import picocli.CommandLine.Command;

/** {@code techbench encryption}: encrypt the store and its attachments, and change the passphrase. */
@Command(name = "encryption", mixinStandardHelpOptions = true,
        description = "Encrypt the store and its attachments with a passphrase, or change the passphrase.",
        subcommands = {EncryptionOnCommand.class, PassphraseChangeCommand.class})
public final class EncryptionCommand {
}
