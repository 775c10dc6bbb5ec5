package org.techbench.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** A form model's problem line: set by a refused submit, cleared by the next. */
public final class FormProblem {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty text() {
        return text.getReadOnlyProperty();
    }

    public void clear() {
        text.set("");
    }

    public void set(String problem) {
        text.set(problem == null ? "" : problem);
    }
}
