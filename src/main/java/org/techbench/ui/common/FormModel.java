package org.techbench.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** What a form dialog edits: its fields as properties, a problem line, and the work its OK button does. */
public abstract class FormModel {

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    /** The reason the last submit was refused, empty when there is none. */
    public final ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    /** Checks and saves what the form holds; {@code close} is called once it is saved. */
    public final void submit(Runnable close) {
        problem.set("");
        save(close);
    }

    /** Saves the form, calling {@code close} once saved or {@link #refuse} with the reason it cannot be. */
    protected abstract void save(Runnable close);

    /** Shows why the form was not saved; it stays open. */
    protected final void refuse(String reason) {
        problem.set(reason == null ? "" : reason);
    }
}
