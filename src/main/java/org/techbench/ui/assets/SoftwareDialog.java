package org.techbench.ui.assets;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.techbench.domain.asset.InstalledSoftware;
import org.techbench.service.asset.AssetInvalidException;
import org.techbench.ui.common.Messages;

/** Asks for a program installed on the asset. */
final class SoftwareDialog {

    /** What the dialog hands back. */
    interface Handler {
        void accept(InstalledSoftware entry, Runnable close, Consumer<AssetInvalidException> invalid);
    }

    private SoftwareDialog() {
    }

    static void show(Window owner, Messages messages, Handler handler) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("software.add"));
        dialog.setHeaderText(messages.get("software.add"));
        TextField name = new TextField();
        TextField version = new TextField();
        TextField vendor = new TextField();
        TextField licence = new TextField();
        DatePicker installed = new DatePicker(LocalDate.now());
        name.setId("software-name");
        version.setId("software-version");
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.setPadding(new Insets(8));
        form.addRow(0, new Label(messages.get("field.NAME")), name);
        form.addRow(1, new Label(messages.get("field.VERSION")), version);
        form.addRow(2, new Label(messages.get("field.VENDOR")), vendor);
        form.addRow(3, new Label(messages.get("field.INSTALLED_ON")), installed);
        form.addRow(4, new Label(messages.get("field.LICENCE")), licence);
        form.add(problem, 0, 5, 2, 1);
        dialog.getDialogPane().setContent(form);
        ButtonType ok = new ButtonType(messages.get("software.addButton"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("software-ok");
        okButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            handler.accept(new InstalledSoftware(null, null, null, name.getText(), version.getText(), vendor.getText(),
                    installed.getValue(), licence.getText()), dialog::close,
                    invalid -> problem.setText(messages.get("field.NAME") + ": " + messages.get("problem.code.REQUIRED")));
        });
        dialog.show();
        name.requestFocus();
    }
}
