package org.techbench.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the user for a file to read or write; the window's is the system dialog, a test's answers itself. */
public interface FileChoice {

    Optional<Path> open(Window owner, String title, List<FileChooser.ExtensionFilter> filters);

    Optional<Path> save(Window owner, String title, String suggestedName, List<FileChooser.ExtensionFilter> filters);

    /** The system's file dialogs. */
    static FileChoice system() {
        return new FileChoice() {
            @Override
            public Optional<Path> open(Window owner, String title, List<FileChooser.ExtensionFilter> filters) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().setAll(filters);
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
            }

            @Override
            public Optional<Path> save(Window owner, String title, String suggestedName,
                                       List<FileChooser.ExtensionFilter> filters) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.setInitialFileName(suggestedName);
                chooser.getExtensionFilters().setAll(filters);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
            }
        };
    }
}
