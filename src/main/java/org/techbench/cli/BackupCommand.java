package org.techbench.cli;

import picocli.CommandLine.Command;

/** {@code techbench backup}: make, list and verify backups of the store. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Make, list and verify backups of the store.",
        subcommands = {BackupCreateCommand.class, BackupListCommand.class, BackupVerifyCommand.class})
public final class BackupCommand {
}
