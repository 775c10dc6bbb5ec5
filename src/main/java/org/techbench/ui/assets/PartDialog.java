package org.techbench.ui.assets;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.ComponentKind;
import org.techbench.service.asset.AssetInvalidException;
import org.techbench.ui.common.Messages;

/** Asks for a part to fit, either new or in place of a fitted one (then its kind is fixed). */
final class PartDialog {

    /** What the dialog hands back: the part and the day it was fitted. */
    interface Handler {
        void accept(Component part, LocalDate day, Runnable close, Consumer<AssetInvalidException> invalid);
    }

    private PartDialog() {
    }

    static void show(Window owner, Messages messages, Component replacing, Handler handler) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        String title = replacing == null ? messages.get("part.add")
                : messages.get("part.replaceTitle", messages.get("part." + replacing.kind().name()),
                String.valueOf(replacing.serial()));
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ComboBox<ComponentKind> kind = new ComboBox<>(FXCollections.observableArrayList(ComponentKind.values()));
        kind.setConverter(AssetEditorDialog.converter(k -> messages.get("part." + k.name())));
        kind.setValue(replacing == null ? ComponentKind.DISK : replacing.kind());
        kind.setDisable(replacing != null);
        TextField make = new TextField(replacing == null ? "" : nz(replacing.make()));
        TextField model = new TextField();
        TextField serial = new TextField();
        TextField capacity = new TextField(replacing == null ? "" : nz(replacing.capacity()));
        DatePicker day = new DatePicker(LocalDate.now());
        make.setId("part-make");
        model.setId("part-model");
        serial.setId("part-serial");
        capacity.setId("part-capacity");
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        problem.setId("part-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(380);
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.setPadding(new Insets(8));
        form.addRow(0, new Label(messages.get("field.KIND")), kind);
        form.addRow(1, new Label(messages.get("field.MAKE")), make);
        form.addRow(2, new Label(messages.get("field.MODEL")), model);
        form.addRow(3, new Label(messages.get("field.SERIAL")), serial);
        form.addRow(4, new Label(messages.get("field.CAPACITY")), capacity);
        form.addRow(5, new Label(messages.get("field.FITTED_ON")), day);
        form.add(problem, 0, 6, 2, 1);
        dialog.getDialogPane().setContent(form);
        ButtonType ok = new ButtonType(messages.get(replacing == null ? "part.fit" : "part.replaceButton"),
                ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("part-ok");
        okButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            Component part = new Component(null, null, null, kind.getValue(), make.getText(), model.getText(),
                    serial.getText(), capacity.getText(), day.getValue(), null);
            handler.accept(part, day.getValue() == null ? LocalDate.now() : day.getValue(), dialog::close,
                    invalid -> problem.setText(invalid.problems().stream()
                            .map(p -> messages.get("field." + p.field().name()) + ": "
                                    + messages.get("problem.code." + p.code().name(), p.value()))
                            .reduce((a, b) -> a + "\n" + b).orElse("")));
        });
        dialog.show();
        serial.requestFocus();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
