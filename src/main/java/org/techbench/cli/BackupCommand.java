package org.techbench.cli;

import picocli.CommandLine.Command;

/** {@code techbench backup}: make, list, verify and restore backups of the store. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Make, list, verify and restore backups of the store.",
        subcommands = {BackupCreateCommand.class, BackupListCommand.class, BackupVerifyCommand.class,
                BackupRestoreCommand.class})
public final class BackupCommand {
}
