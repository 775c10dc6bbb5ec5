package org.techbench.ui.assets;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.ComponentKind;
import org.techbench.service.asset.AssetInvalidException;
import org.techbench.ui.common.FormDialog;
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
        String title = replacing == null ? messages.get("part.add")
                : messages.get("part.replaceTitle", messages.get("part." + replacing.kind().name()),
                String.valueOf(replacing.serial()));
        ComboBox<ComponentKind> kind = new ComboBox<>(FXCollections.observableArrayList(ComponentKind.values()));
        kind.setConverter(AssetEditorDialog.converter(k -> messages.get("part." + k.name())));
        kind.setValue(replacing == null ? ComponentKind.DISK : replacing.kind());
        kind.setDisable(replacing != null);
        TextField make = new TextField(replacing == null || replacing.make() == null ? "" : replacing.make());
        TextField model = new TextField();
        TextField serial = new TextField();
        TextField capacity = new TextField(replacing == null || replacing.capacity() == null ? "" : replacing.capacity());
        DatePicker day = new DatePicker(LocalDate.now());
        make.setId("part-make");
        model.setId("part-model");
        serial.setId("part-serial");
        capacity.setId("part-capacity");
        new FormDialog(owner, title)
                .row(messages.get("field.KIND"), kind)
                .row(messages.get("field.MAKE"), make)
                .row(messages.get("field.MODEL"), model)
                .row(messages.get("field.SERIAL"), serial)
                .row(messages.get("field.CAPACITY"), capacity)
                .row(messages.get("field.FITTED_ON"), day)
                .show(messages.get(replacing == null ? "part.fit" : "part.replaceButton"), "part-ok", (close, problem) -> {
                    LocalDate fitted = day.getValue() == null ? LocalDate.now() : day.getValue();
                    Component part = new Component(null, null, null, kind.getValue(), make.getText(), model.getText(),
                            serial.getText(), capacity.getText(), fitted, null);
                    handler.accept(part, fitted, close, invalid -> problem.accept(AssetProblems.describe(invalid, messages)));
                }, serial);
    }
}
