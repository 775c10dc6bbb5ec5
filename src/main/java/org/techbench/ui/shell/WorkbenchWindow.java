package org.techbench.ui.shell;

import javafx.application.Application;
import org.techbench.store.DataFolder;

/** Starts the JavaFX window from the class path, where the entry point cannot be an Application. */
public final class WorkbenchWindow {

    static final String EXIT_AFTER_START = "--exit-after-start";

    private WorkbenchWindow() {
    }

    public static int launch(DataFolder folder, boolean exitAfterStart) {
        if (exitAfterStart) {
            Application.launch(WorkbenchApplication.class, folder.root().toString(), EXIT_AFTER_START);
        } else {
            Application.launch(WorkbenchApplication.class, folder.root().toString());
        }
        return 0;
    }
}
