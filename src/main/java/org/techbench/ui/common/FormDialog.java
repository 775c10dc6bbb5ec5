package org.techbench.ui.common;

import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * A small form in a dialog: captions and fields in rows, a line for problems, and an OK button
 * whose work runs in the background; the dialog closes only when that work says so.
 */
public final class FormDialog {

    /** What the OK button does: close the dialog when done, or show a problem and stay open. */
    public interface Submit {
        void submit(Runnable close, Consumer<String> problem);
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane form = new GridPane();
    private final Label problem = new Label();
    private int row;

    public FormDialog(Window owner, String title) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        form.setHgap(12);
        form.setVgap(8);
        form.setPadding(new Insets(8));
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        dialog.getDialogPane().setContent(form);
    }

    public FormDialog row(String caption, Node... fields) {
        Label label = new Label(caption);
        label.setMinWidth(Region.USE_PREF_SIZE);
        form.add(label, 0, row);
        for (int i = 0; i < fields.length; i++) {
            form.add(fields[i], i + 1, row);
        }
        row++;
        return this;
    }

    /** Shows the dialog with an OK button ({@code okId} for tests) and Cancel. */
    public void show(String okText, String okId, Submit submit, Node focus) {
        form.add(problem, 0, row, 3, 1);
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId(okId);
        problem.setId(okId + "-problem");
        okButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            problem.setText("");
            submit.submit(dialog::close, problem::setText);
        });
        dialog.show();
        focus.requestFocus();
    }
}
