package org.techbench.ui.sites;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.techbench.domain.site.SiteContact;
import org.techbench.ui.common.FormDialog;
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
        TextField name = new TextField(existing == null ? "" : existing.name());
        TextField role = new TextField(existing == null || existing.role() == null ? "" : existing.role());
        TextField phone = new TextField(existing == null || existing.phone() == null ? "" : existing.phone());
        TextField email = new TextField(existing == null || existing.email() == null ? "" : existing.email());
        name.setId("contact-name");
        email.setId("contact-email");
        new FormDialog(owner, messages.get(existing == null ? "contact.new" : "contact.edit"))
                .row(messages.get("contact.name"), name)
                .row(messages.get("contact.role"), role)
                .row(messages.get("site.contactPhone"), phone)
                .row(messages.get("site.contactEmail"), email)
                .show(messages.get("common.save"), "contact-save", (close, problem) -> {
                    if (name.getText().isBlank()) {
                        problem.accept(messages.get("contact.nameRequired"));
                        return;
                    }
                    handler.accept(new SiteContact(existing == null ? null : existing.id(), siteId, name.getText(),
                            role.getText(), phone.getText(), email.getText()), close, problem);
                }, name);
    }
}
