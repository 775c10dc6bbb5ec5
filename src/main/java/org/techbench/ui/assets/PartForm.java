package org.techbench.ui.assets;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import org.techbench.domain.asset.ComponentKind;
import org.techbench.i18n.Texts;
import org.techbench.ui.common.Fields;
import org.techbench.ui.common.Form;
import org.techbench.ui.common.FormModel;

/** The fields of a part to fit. */
final class PartForm implements Form {

    private final PartFormModel model;
    private final Texts messages;
    private final TextField serial = new TextField();

    PartForm(PartFormModel model, Texts messages) {
        this.model = model;
        this.messages = messages;
    }

    @Override
    public String title() {
        return model.replaces() ? messages.get("part.replaceTitle", messages.get("part." + model.replacing().kind().name()),
                String.valueOf(model.replacing().serial())) : messages.get("part.add");
    }

    @Override
    public List<Row> rows() {
        ComboBox<ComponentKind> kind = new ComboBox<>(FXCollections.observableArrayList(ComponentKind.values()));
        kind.setConverter(AssetEditorDialog.converter(k -> messages.get("part." + k.name())));
        kind.valueProperty().bindBidirectional(model.kind());
        kind.setDisable(model.replaces());
        DatePicker day = new DatePicker();
        day.valueProperty().bindBidirectional(model.fittedOn());
        serial.setId("part-serial");
        serial.textProperty().bindBidirectional(model.serial());
        return List.of(
                new Row(messages.get("field.KIND"), kind),
                new Row(messages.get("field.MAKE"), Fields.text("part-make", model.make())),
                new Row(messages.get("field.MODEL"), Fields.text("part-model", model.model())),
                new Row(messages.get("field.SERIAL"), serial),
                new Row(messages.get("field.CAPACITY"), Fields.text("part-capacity", model.capacity())),
                new Row(messages.get("field.FITTED_ON"), day));
    }

    @Override
    public String confirmText() {
        return messages.get(model.replaces() ? "part.replaceButton" : "part.fit");
    }

    @Override
    public String confirmId() {
        return "part-ok";
    }

    @Override
    public Node focus() {
        return serial;
    }

    @Override
    public FormModel model() {
        return model;
    }
}
