package org.techbench.ui.sites;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.techbench.domain.site.Contract;
import org.techbench.domain.site.Site;
import org.techbench.domain.site.SiteContact;
import org.techbench.i18n.Texts;
import org.techbench.service.ChangeEvents;
import org.techbench.service.Subject;
import org.techbench.service.site.SiteProblem;
import org.techbench.service.site.SiteService;
import org.techbench.ui.common.Background;
import org.techbench.ui.common.DialogService;

/** Sites and contracts: the list, the selected site's form with inline problems, and its contracts. */
public final class SitesViewModel {

    private final SiteService sites;
    private final Background background;
    private final Runnable changed;
    private final DialogService dialogs;
    private final ChangeEvents changes;
    private ChangeEvents.Subscription listening;
    private final Texts messages;
    private final ObservableList<Site> list = FXCollections.observableArrayList();
    private final ObservableMap<UUID, Integer> assetCounts = FXCollections.observableHashMap();
    private final BooleanProperty showArchived = new SimpleBooleanProperty();
    private final ObjectProperty<Site> selected = new SimpleObjectProperty<>();
    private final ObservableList<Contract> contracts = FXCollections.observableArrayList();
    private final ObservableList<SiteContact> contacts = FXCollections.observableArrayList();
    final StringProperty code = new SimpleStringProperty("");
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty address = new SimpleStringProperty("");
    final StringProperty timeZone = new SimpleStringProperty(ZoneId.systemDefault().getId());
    final StringProperty contactName = new SimpleStringProperty("");
    final StringProperty contactPhone = new SimpleStringProperty("");
    final StringProperty contactEmail = new SimpleStringProperty("");
    private final ObservableMap<String, SiteProblem.Code> problems = FXCollections.observableHashMap();
    private final StringProperty message = new SimpleStringProperty();
    /** True while the form is being filled from a site: that is no edit, so nothing is checked. */
    private boolean filling;

    public SitesViewModel(SiteService sites, ChangeEvents changes, Background background, DialogService dialogs,
                          Texts messages, Runnable changed) {
        this.changes = changes;
        this.dialogs = dialogs;
        this.messages = messages;
        this.sites = sites;
        this.background = background;
        this.changed = changed;
        selected.addListener((obs, old, site) -> fill(site));
        showArchived.addListener((obs, old, value) -> reload(selected.get() == null ? null : selected.get().id()));
        for (StringProperty field : List.of(code, name, contactEmail, timeZone)) {
            field.addListener((obs, old, value) -> {
                if (!filling) {
                    check();
                }
            });
        }
    }

    public StringProperty code() {
        return code;
    }

    public StringProperty name() {
        return name;
    }

    public ObservableList<Site> list() {
        return list;
    }

    public ObservableMap<UUID, Integer> assetCounts() {
        return assetCounts;
    }

    public BooleanProperty showArchived() {
        return showArchived;
    }

    public ObjectProperty<Site> selected() {
        return selected;
    }

    public ObservableList<Contract> contracts() {
        return contracts;
    }

    public ObservableList<SiteContact> contacts() {
        return contacts;
    }

    public void saveContact(SiteContact contact, Runnable done, Consumer<String> refused) {
        background.run(() -> sites.saveContact(contact), saved -> {
            done.run();
            changed.run();
            loadContacts(saved.siteId());
        }, error -> refused.accept(error.getMessage()));
    }

    /** Removes a contact person, once the technician confirmed it. */
    public void removeContact(SiteContact contact) {
        if (!dialogs.confirm(messages.get("contact.remove"), messages.get("contact.removeQuestion", contact.name()),
                messages.get("contact.remove"))) {
            return;
        }
        background.run(() -> {
            sites.removeContact(contact);
            return null;
        }, ignored -> {
            changed.run();
            loadContacts(contact.siteId());
        }, error -> message.set(error.getMessage()));
    }

    public ObservableMap<String, SiteProblem.Code> problems() {
        return problems;
    }

    public StringProperty message() {
        return message;
    }

    /** Shows the sites, and again whenever sites change elsewhere (a sync, an import that made one). */
    public void activate() {
        listening = changes.listen(EnumSet.of(Subject.SITES), () -> background.onUiThread(this::refreshList));
        reload(selected.get() == null ? null : selected.get().id());
    }

    public void deactivate() {
        if (listening != null) {
            listening.close();
            listening = null;
        }
    }

    public void reload(UUID select) {
        load(loaded -> {
            list.setAll(loaded.sites());
            Site match = loaded.sites().stream().filter(s -> s.id().equals(select)).findFirst().orElse(null);
            selected.set(match);
            if (match == null) {
                fill(null);
            }
        });
    }

    /**
     * The list and its asset counts again, after a change made elsewhere (a sync, an import): the
     * chosen site stays the same object, so its form, and anything being typed there, is left alone.
     */
    private void refreshList() {
        load(loaded -> {
            Site chosen = selected.get();
            list.setAll(loaded.sites().stream()
                    .map(site -> chosen != null && site.id().equals(chosen.id()) ? chosen : site).toList());
        });
    }

    private void load(Consumer<Loaded> show) {
        boolean archived = showArchived.get();
        background.run(() -> new Loaded(archived ? sites.all() : sites.active(), sites.assetCounts()), loaded -> {
            assetCounts.clear();
            assetCounts.putAll(loaded.counts());
            show.accept(loaded);
        }, error -> message.set(error.getMessage()));
    }

    private record Loaded(List<Site> sites, Map<UUID, Integer> counts) {
    }

    /** Clears the form for a new site. */
    public void startNew() {
        selected.set(null);
        fill(null);
    }

    public Site draft() {
        Site current = selected.get();
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone.get().strip());
        } catch (DateTimeException e) {
            zone = null;
        }
        return new Site(current == null ? null : current.id(), code.get(), name.get(), address.get(), zone,
                contactName.get(), contactPhone.get(), contactEmail.get(), current != null && current.archived());
    }

    public void check() {
        Site draft = draft();
        background.run(() -> sites.check(draft), found -> {
            if (draft.equals(draft())) { // an answer for values since changed is dropped; a newer check follows
                showProblems(found, draft);
            }
        }, error -> message.set(error.getMessage()));
    }

    public void save() {
        Site draft = draft();
        background.run(() -> {
            List<SiteProblem> found = sites.check(draft);
            return found.isEmpty() && draft.timeZone() != null ? sites.save(draft) : null;
        }, saved -> {
            if (saved == null) {
                check();
                return;
            }
            message.set(null);
            reload(saved.id());
            changed.run();
        }, error -> message.set(error.getMessage()));
    }

    public void setArchived(boolean archived) {
        Site site = selected.get();
        if (site == null) {
            return;
        }
        background.run(() -> sites.setArchived(site, archived), saved -> {
            reload(saved.id());
            changed.run();
        }, error -> message.set(error.getMessage()));
    }

    public void saveContract(Contract contract, Runnable done, Consumer<String> refused) {
        background.run(() -> sites.saveContract(contract), saved -> {
            done.run();
            changed.run();
            loadContracts(saved.siteId());
        }, error -> refused.accept(error.getMessage()));
    }

    public void archiveContract(Contract contract) {
        background.run(() -> {
            sites.archiveContract(contract);
            return null;
        }, ignored -> {
            changed.run();
            loadContracts(contract.siteId());
        }, error -> message.set(error.getMessage()));
    }

    private void fill(Site site) {
        filling = true;
        code.set(site == null ? "" : site.code());
        name.set(site == null ? "" : site.name());
        address.set(site == null ? "" : Objects.requireNonNullElse(site.address(), ""));
        timeZone.set(site == null ? ZoneId.systemDefault().getId() : site.timeZone().getId());
        contactName.set(site == null ? "" : Objects.requireNonNullElse(site.contactName(), ""));
        contactPhone.set(site == null ? "" : Objects.requireNonNullElse(site.contactPhone(), ""));
        contactEmail.set(site == null ? "" : Objects.requireNonNullElse(site.contactEmail(), ""));
        filling = false;
        problems.clear();
        contracts.clear();
        contacts.clear();
        if (site != null) {
            loadContracts(site.id());
            loadContacts(site.id());
        }
    }

    private void loadContacts(UUID siteId) {
        background.run(() -> sites.contacts(siteId), loaded -> {
            if (selected.get() != null && selected.get().id().equals(siteId)) {
                contacts.setAll(loaded);
            }
        }, error -> message.set(error.getMessage()));
    }

    private void loadContracts(UUID siteId) {
        background.run(() -> sites.contracts(siteId), loaded -> {
            if (selected.get() != null && selected.get().id().equals(siteId)) {
                contracts.setAll(loaded);
            }
        }, error -> message.set(error.getMessage()));
    }

    private void showProblems(List<SiteProblem> found, Site draft) {
        problems.clear();
        found.forEach(p -> problems.putIfAbsent(p.field(), p.code()));
        if (draft.timeZone() == null) {
            problems.put("timeZone", SiteProblem.Code.UNKNOWN_ZONE);
        }
    }

}
