package org.techbench.ui.sites;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.techbench.domain.site.SiteContact;
import org.techbench.ui.common.Messages;

/** Adds or edits one of a site's contact people. */
final class ContactDialog {

    /** Receives the contact to save, a way to close the dialog, and a way to show a refusal. */
    interface Handler {
        void accept(SiteContact contact, Runnable close, Consumer<String> refused);
    }

    private ContactDialog() {
    }

    static void show(Window owner, Messages messages, UUID siteId, SiteContact existing, Handler handler) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        String title = messages.get(existing == null ? "contact.new" : "contact.edit");
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        TextField name = new TextField(existing == null ? "" : existing.name());
        TextField role = new TextField(existing == null || existing.role() == null ? "" : existing.role());
        TextField phone = new TextField(existing == null || existing.phone() == null ? "" : existing.phone());
        TextField email = new TextField(existing == null || existing.email() == null ? "" : existing.email());
        name.setId("contact-name");
        email.setId("contact-email");
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.setPadding(new Insets(8));
        form.addRow(0, new Label(messages.get("contact.name")), name);
        form.addRow(1, new Label(messages.get("contact.role")), role);
        form.addRow(2, new Label(messages.get("site.contactPhone")), phone);
        form.addRow(3, new Label(messages.get("site.contactEmail")), email);
        form.add(problem, 0, 4, 2, 1);
        dialog.getDialogPane().setContent(form);
        ButtonType ok = new ButtonType(messages.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("contact-save");
        okButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            if (name.getText().isBlank()) {
                problem.setText(messages.get("contact.nameRequired"));
                return;
            }
            handler.accept(new SiteContact(existing == null ? null : existing.id(), siteId, name.getText(), role.getText(),
                    phone.getText(), email.getText()), dialog::close, problem::setText);
        });
        dialog.show();
        name.requestFocus();
    }
}
