package org.techbench.ui.sites;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.techbench.i18n.Texts;
import org.techbench.ui.common.Fields;
import org.techbench.ui.common.Form;
import org.techbench.ui.common.FormModel;

/** The fields of a site's contact person. */
final class ContactForm implements Form {

    private final ContactFormModel model;
    private final Texts messages;
    private final TextField name;

    ContactForm(ContactFormModel model, Texts messages) {
        this.model = model;
        this.messages = messages;
        this.name = Fields.text("contact-name", model.name());
    }

    @Override
    public String title() {
        return messages.get(model.isNew() ? "contact.new" : "contact.edit");
    }

    @Override
    public List<Row> rows() {
        return List.of(
                new Row(messages.get("contact.name"), name),
                new Row(messages.get("contact.role"), Fields.text("contact-role", model.role())),
                new Row(messages.get("site.contactPhone"), Fields.text("contact-phone", model.phone())),
                new Row(messages.get("site.contactEmail"), Fields.text("contact-email", model.email())));
    }

    @Override
    public String confirmText() {
        return messages.get("common.save");
    }

    @Override
    public String confirmId() {
        return "contact-save";
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
