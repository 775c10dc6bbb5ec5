package org.techbench.ui.maintenance;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.techbench.service.maintenance.ChecklistFormService;
import org.techbench.service.maintenance.FormImport;
import org.techbench.ui.common.Background;

/**
 * Filled-in checklist forms brought back in the window: the file is read and checked as soon as
 * it is chosen, its forms and problems shown, and imported only when the user accepts a file
 * without problems.
 */
public final class FormImportViewModel {

    /** Where the import stands. */
    public enum State { CHECKING, CHECKED, IMPORTING, IMPORTED, REFUSED }

    private final ChecklistFormService forms;
    private final Background background;
    private final Path file;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>();
    private final ObjectProperty<FormImport> read = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private int imported;

    public FormImportViewModel(ChecklistFormService forms, Background background, Path file) {
        this.forms = forms;
        this.background = background;
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public ObjectProperty<State> state() {
        return state;
    }

    /** The file as read and checked; null until it is. */
    public ObjectProperty<FormImport> read() {
        return read;
    }

    /** Why the file could not be read or imported. */
    public StringProperty message() {
        return message;
    }

    /** How many inspections the import added. */
    public int imported() {
        return imported;
    }

    public boolean canImport() {
        return state.get() == State.CHECKED && read.get() != null && read.get().acceptable();
    }

    /** Reads and checks the file; writes nothing. */
    public void check() {
        state.set(State.CHECKING);
        background.run(() -> forms.read(file), checked -> {
            read.set(checked);
            state.set(State.CHECKED);
        }, this::failed);
    }

    /** Imports the forms read, when there is no problem. */
    public void importNow() {
        if (!canImport()) {
            return;
        }
        FormImport checked = read.get();
        state.set(State.IMPORTING);
        background.run(() -> forms.accept(checked), added -> {
            imported = added;
            state.set(State.IMPORTED);
        }, this::failed);
    }

    private void failed(Exception error) {
        message.set(error.getMessage());
        state.set(State.REFUSED);
    }
}
