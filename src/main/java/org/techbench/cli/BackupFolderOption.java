package org.techbench.cli;

import java.nio.file.Path;
import org.techbench.service.Workbench;
import picocli.CommandLine.Option;

/** The folder backups go to and are read from: {@code --to DIR}, else the data folder's own backups folder. */
final class BackupFolderOption {

    @Option(names = "--to", paramLabel = "DIR",
            description = "The backup folder (a USB disk, a network share); default: backups/ in the data folder.")
    Path folder;

    Path in(Workbench workbench) {
        return folder != null ? folder : workbench.backups().defaultFolder();
    }
}
