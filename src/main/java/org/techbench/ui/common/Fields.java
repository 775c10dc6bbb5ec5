package org.techbench.ui.common;

import javafx.beans.property.StringProperty;
import javafx.scene.control.TextField;

/** Text fields bound to a form model's properties. */
public final class Fields {

    private Fields() {
    }

    public static TextField text(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
