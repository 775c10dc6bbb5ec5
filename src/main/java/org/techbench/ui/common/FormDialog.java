package org.techbench.ui.common;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * A form in a dialog: captions and fields in rows, a line for the model's problem, and an OK
 * button that submits the model; the dialog closes only when the model says so.
 */
final class FormDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Form form;

    FormDialog(Window owner, Form form) {
        this.form = form;
        dialog.initOwner(owner);
        dialog.setTitle(form.title());
        dialog.setHeaderText(form.title());
    }

    void show() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        int row = 0;
        for (Form.Row line : form.rows()) {
            Label caption = new Label(line.caption());
            caption.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(caption, 0, row);
            for (int i = 0; i < line.fields().size(); i++) {
                grid.add(line.fields().get(i), i + 1, row);
            }
            row++;
        }
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        problem.setId(form.confirmId() + "-problem");
        problem.textProperty().bind(form.model().problem());
        grid.add(problem, 0, row, 3, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(form.confirmText(), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId(form.confirmId());
        okButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            form.model().submit(dialog::close);
        });
        dialog.show();
        form.focus().requestFocus();
    }
}
