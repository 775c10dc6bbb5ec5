package org.techbench.ui.sites;

import java.util.UUID;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.techbench.domain.site.SiteContact;
import org.techbench.i18n.Texts;
import org.techbench.ui.common.FormModel;

/** One of a site's contact people, new or edited. */
public final class ContactFormModel extends FormModel {

    private final SitesViewModel sites;
    private final Texts messages;
    private final UUID siteId;
    private final SiteContact existing;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");

    public ContactFormModel(SitesViewModel sites, Texts messages, UUID siteId, SiteContact existing) {
        this.sites = sites;
        this.messages = messages;
        this.siteId = siteId;
        this.existing = existing;
        if (existing != null) {
            name.set(existing.name());
            role.set(existing.role() == null ? "" : existing.role());
            phone.set(existing.phone() == null ? "" : existing.phone());
            email.set(existing.email() == null ? "" : existing.email());
        }
    }

    public boolean isNew() {
        return existing == null;
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty role() {
        return role;
    }

    public StringProperty phone() {
        return phone;
    }

    public StringProperty email() {
        return email;
    }

    @Override
    protected void save(Runnable close) {
        if (name.get().isBlank()) {
            refuse(messages.get("contact.nameRequired"));
            return;
        }
        sites.saveContact(new SiteContact(existing == null ? null : existing.id(), siteId, name.get(), role.get(),
                phone.get(), email.get()), close, this::refuse);
    }
}
