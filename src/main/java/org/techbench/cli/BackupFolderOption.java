package org.techbench.cli;

import java.nio.file.Path;
import org.techbench.service.PreferencesFile;
import org.techbench.service.Workbench;
import picocli.CommandLine.Option;

/**
 * The folder backups go to and are read from: {@code --to DIR}, else the one chosen in the window's
 * Settings, else the data folder's own backups folder.
 */
final class BackupFolderOption {

    @Option(names = "--to", paramLabel = "DIR",
            description = "The backup folder (a USB disk, a network share); default: the one chosen in Settings, else backups/ in the data folder.")
    Path folder;

    Path in(Workbench workbench) {
        if (folder != null) {
            return folder;
        }
        String chosen = new PreferencesFile(workbench.folder().settings()).load().backupFolder();
        return chosen.isEmpty() ? workbench.backups().defaultFolder() : Path.of(chosen);
    }
}
