package org.techbench.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.techbench.service.Progress;

/**
 * Every dialog the window shows goes through here: view models ask, the window's implementation
 * answers with JavaFX, and view-model tests answer with a fake.
 */
public interface DialogService {

    /** Asks before something that cannot be undone; true when the user confirmed. */
    boolean confirm(String title, String question, String confirmText);

    Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters);

    Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileFilter> filters);

    /** Asks for a folder (where backups go, for example), starting in {@code initial} when it is given. */
    Optional<Path> chooseFolder(String title, Path initial);

    /**
     * Runs long work in the background with its progress and Cancel in view; when it is done its
     * outcome is told as a toast, and a failure stays on screen until the user closes it.
     */
    <T> void runTask(String title, Function<Progress, T> work, Function<T, String> outcome);

    /** A short notice of finished work that goes away by itself. */
    void toast(String text);

    /** Opens a file or a folder in the program the system has for it (a report in the spreadsheet program). */
    void open(Path fileOrFolder);

    /** Shows a form; it closes when its model's submit says so. */
    void showForm(Form form);
}
