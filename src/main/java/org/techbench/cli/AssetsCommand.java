package org.techbench.cli;

import picocli.CommandLine.Command;

/** {@code techbench assets}: list, import and export assets. */
@Command(name = "assets", mixinStandardHelpOptions = true, description = "List, import and export assets.",
        subcommands = {AssetsListCommand.class, AssetsImportCommand.class, AssetsExportCommand.class})
public final class AssetsCommand {
}
