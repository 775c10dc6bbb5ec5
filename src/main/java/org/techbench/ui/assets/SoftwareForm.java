package org.techbench.ui.assets;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import org.techbench.i18n.Texts;
import org.techbench.ui.common.Fields;
import org.techbench.ui.common.Form;
import org.techbench.ui.common.FormModel;

/** The fields of a program installed on an asset. */
final class SoftwareForm implements Form {

    private final SoftwareFormModel model;
    private final Texts messages;
    private final TextField name;

    SoftwareForm(SoftwareFormModel model, Texts messages) {
        this.model = model;
        this.messages = messages;
        this.name = Fields.text("software-name", model.name());
    }

    @Override
    public String title() {
        return messages.get("software.add");
    }

    @Override
    public List<Row> rows() {
        DatePicker installed = new DatePicker();
        installed.valueProperty().bindBidirectional(model.installedOn());
        return List.of(
                new Row(messages.get("field.NAME"), name),
                new Row(messages.get("field.VERSION"), Fields.text("software-version", model.version())),
                new Row(messages.get("field.VENDOR"), Fields.text("software-vendor", model.vendor())),
                new Row(messages.get("field.INSTALLED_ON"), installed),
                new Row(messages.get("field.LICENCE"), Fields.text("software-licence", model.licence())));
    }

    @Override
    public String confirmText() {
        return messages.get("software.addButton");
    }

    @Override
    public String confirmId() {
        return "software-ok";
    }

    @Override
    public Node focus() {
        return name;
    }

    @Override
    public FormModel model() {
        return model;
    }
}
