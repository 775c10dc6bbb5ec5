package org.techbench.ui.common;

import java.util.List;
import javafx.scene.Node;

/** A form's view: its title, rows of captioned fields bound to its model, and the OK button's wording. */
public interface Form {

    String title();

    List<Row> rows();

    String confirmText();

    /** The OK button's id, for tests. */
    String confirmId();

    /** The field that has the focus when the form opens. */
    Node focus();

    FormModel model();

    /** One row: a caption and its fields. */
    record Row(String caption, List<Node> fields) {

        public Row(String caption, Node... fields) {
            this(caption, List.of(fields));
        }
    }
}
