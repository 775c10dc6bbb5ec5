package org.techbench.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;

/** What a form dialog edits: its fields as properties, a problem line, and the work its OK button does. */
public interface FormModel {

    /** The reason the last submit was refused, empty when there is none. */
    ReadOnlyStringProperty problem();

    /** Checks and saves what the form holds; {@code close} is called once it is saved. */
    void submit(Runnable close);
}
