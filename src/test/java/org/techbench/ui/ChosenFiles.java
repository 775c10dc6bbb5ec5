package org.techbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.techbench.service.Progress;
import org.techbench.ui.common.DialogService;
import org.techbench.ui.common.FileFilter;
import org.techbench.ui.common.Form;

/** The window's real dialogs, except that a file asked for is the one the test chose. */
record ChosenFiles(DialogService window, Supplier<Path> chosen) implements DialogService {

    @Override
    public boolean confirm(String title, String question, String confirmText) {
        return window.confirm(title, question, confirmText);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters) {
        return Optional.ofNullable(chosen.get());
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        return Optional.ofNullable(chosen.get());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileFilter> filters) {
        return Optional.ofNullable(chosen.get());
    }

    @Override
    public <T> void runTask(String title, Function<Progress, T> work, Function<T, String> outcome) {
        window.runTask(title, work, outcome);
    }

    @Override
    public void toast(String text) {
        window.toast(text);
    }

    @Override
    public void open(Path fileOrFolder) {
        window.open(fileOrFolder);
    }

    @Override
    public void showForm(Form form) {
        window.showForm(form);
    }
}
