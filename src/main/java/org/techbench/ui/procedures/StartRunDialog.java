package org.techbench.ui.procedures;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.techbench.domain.procedure.ProcedureDefinition;
import org.techbench.i18n.Texts;

/**
 * Starting a procedure from the library: the asset's tag and/or the fault's number it runs for.
 * The dialog stays open with the reason when either is unknown.
 */
final class StartRunDialog {

    /** Starts the run; {@code refused} is told why not. */
    interface Starter {
        void start(String assetTag, String faultNumber, Runnable started, java.util.function.Consumer<String> refused);
    }

    private final Texts messages;

    StartRunDialog(Texts messages) {
        this.messages = messages;
    }

    /** Shows the dialog with the tag and number filled in when already known (either may be null). */
    void show(Window owner, ProcedureDefinition definition, String presetTag, String presetFault, Starter starter) {
        TextField tag = new TextField(presetTag == null ? "" : presetTag);
        tag.setId("start-asset");
        tag.setPromptText(messages.get("procedures.startAssetHint"));
        TextField number = new TextField(presetFault == null ? "" : presetFault);
        number.setId("start-fault");
        number.setPromptText(messages.get("procedures.startFaultHint"));
        GridPane form = new GridPane(10, 8);
        form.addRow(0, new Label(messages.get("procedures.startAsset")), tag);
        form.addRow(1, new Label(messages.get("procedures.startFault")), number);
        Label problem = new Label();
        problem.setId("start-problem");
        problem.getStyleClass().add("text-danger");
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("procedures.start"));
        dialog.setHeaderText(definition.title().in(messages.locale()));
        ButtonType go = new ButtonType(messages.get("procedures.start"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(go, cancel);
        dialog.getDialogPane().setContent(new VBox(10, form, problem));
        Button ok = (Button) dialog.getDialogPane().lookupButton(go);
        ok.setId("start-go");
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            if (tag.getText().isBlank() && number.getText().isBlank()) {
                problem.setText(messages.get("procedures.startForWhat"));
                tag.requestFocus();
                return;
            }
            ok.setDisable(true);
            starter.start(tag.getText(), number.getText(), dialog::close, reason -> {
                ok.setDisable(false);
                problem.setText(reason);
            });
        });
        dialog.show();
        tag.requestFocus();
    }
}
