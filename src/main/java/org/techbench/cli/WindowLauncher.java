package org.techbench.cli;

import org.techbench.store.DataFolder;

/** Opens the window on a data folder; given to the command line so that it need not know JavaFX. */
@FunctionalInterface
public interface WindowLauncher {
    int launch(DataFolder folder, boolean exitAfterStart);
}
