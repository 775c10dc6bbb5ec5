package org.techbench.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.techbench.service.Progress;
import org.techbench.ui.common.DialogService;
import org.techbench.ui.common.FileFilter;
import org.techbench.ui.common.Form;

/** The dialog service in view-model tests: answers as told, runs tasks at once, and remembers what it was asked. */
final class FakeDialogs implements DialogService {

    final List<String> questions = new ArrayList<>();
    final List<String> toasts = new ArrayList<>();
    final List<Path> opened = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    final List<Form> forms = new ArrayList<>();
    boolean confirms = true;
    Path file;

    @Override
    public boolean confirm(String title, String question, String confirmText) {
        questions.add(question);
        return confirms;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters) {
        return Optional.ofNullable(file);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        return Optional.ofNullable(file);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileFilter> filters) {
        return Optional.ofNullable(file);
    }

    @Override
    public <T> void runTask(String title, Function<Progress, T> work, Function<T, String> outcome) {
        try {
            toast(outcome.apply(work.apply(Progress.NONE)));
        } catch (RuntimeException e) {
            failures.add(e.getMessage());
        }
    }

    @Override
    public void toast(String text) {
        toasts.add(text);
    }

    @Override
    public void open(Path fileOrFolder) {
        opened.add(fileOrFolder);
    }

    @Override
    public void showForm(Form form) {
        forms.add(form);
    }
}
