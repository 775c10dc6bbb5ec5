package org.techbench.cli;

import java.nio.file.Path;
import org.techbench.service.PreferencesFile;
import org.techbench.store.DataFolder;
import picocli.CommandLine.Option;

/**
 * The folder backups go to and are read from: {@code --to DIR}, else the one chosen in the window's
 * Settings, else the data folder's own backups folder.
 */
final class BackupFolderOption {

    @Option(names = "--to", paramLabel = "DIR",
            description = "The backup folder (a USB disk, a network share); default: the one chosen in Settings, else backups/ in the data folder.")
    Path folder;

    Path in(DataFolder data) {
        return folder != null ? folder : new PreferencesFile(data.settings()).load().backupFolderOr(data.backups());
    }

    /** A backup named as listed (in the folder), or given as a path to its file. */
    Path backup(DataFolder data, String nameOrFile) {
        return nameOrFile.contains("/") || nameOrFile.contains("\\") ? Path.of(nameOrFile) : in(data).resolve(nameOrFile);
    }
}
