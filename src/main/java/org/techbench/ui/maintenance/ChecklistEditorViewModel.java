package org.techbench.ui.maintenance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.maintenance.Bilingual;
import org.techbench.domain.maintenance.ChecklistItem;
import org.techbench.domain.maintenance.ChecklistTemplate;
import org.techbench.domain.maintenance.Scheduling;
import org.techbench.i18n.Texts;
import org.techbench.service.maintenance.MaintenanceService;
import org.techbench.ui.common.Background;

/** The checklist editor's state: the checklists in use, the one being edited, and saving it as a new version. */
public final class ChecklistEditorViewModel {

    private final MaintenanceService maintenance;
    private final Background background;
    private final Texts messages;
    private final ObservableList<ChecklistTemplate> templates = FXCollections.observableArrayList();
    private final ObjectProperty<ChecklistTemplate> chosen = new SimpleObjectProperty<>();
    private final BooleanProperty creating = new SimpleBooleanProperty();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty nameZh = new SimpleStringProperty("");
    private final ObjectProperty<Scheduling> scheduling = new SimpleObjectProperty<>(Scheduling.FLOATING);
    private final ObservableSet<AssetKind> kinds = FXCollections.observableSet(EnumSet.noneOf(AssetKind.class));
    private final ObservableList<ChecklistItemRow> items = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty();

    public ChecklistEditorViewModel(MaintenanceService maintenance, Background background, Texts messages) {
        this.maintenance = maintenance;
        this.background = background;
        this.messages = messages;
    }

    public StringProperty code() {
        return code;
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty nameZh() {
        return nameZh;
    }

    public ObjectProperty<Scheduling> scheduling() {
        return scheduling;
    }

    public ObservableSet<AssetKind> kinds() {
        return kinds;
    }

    public ObservableList<ChecklistItemRow> items() {
        return items;
    }

    public ObservableList<ChecklistTemplate> templates() {
        return templates;
    }

    public ObjectProperty<ChecklistTemplate> chosen() {
        return chosen;
    }

    /** True while a new checklist is being written (its code can then be typed). */
    public BooleanProperty creating() {
        return creating;
    }

    public StringProperty problem() {
        return problem;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty saving() {
        return saving;
    }

    /** Reads the checklists in use and edits the one with {@code code}, or the first. */
    public void load(String wanted) {
        background.run(maintenance::templates, loaded -> {
            templates.setAll(loaded);
            choose(loaded.stream().filter(t -> t.code().equals(wanted)).findFirst()
                    .orElse(loaded.isEmpty() ? null : loaded.getFirst()));
        }, error -> problem.set(error.getMessage()));
    }

    /** Puts a checklist's newest version in the editor, dropping unsaved edits. */
    public void choose(ChecklistTemplate template) {
        chosen.set(template);
        creating.set(false);
        problem.set("");
        if (template == null) {
            return;
        }
        code.set(template.code());
        name.set(template.name().english());
        nameZh.set(template.name().chinese() == null ? "" : template.name().chinese());
        scheduling.set(template.scheduling());
        kinds.clear();
        kinds.addAll(template.assetKinds());
        items.setAll(template.items().stream().map(ChecklistItemRow::new).toList());
    }

    /** An empty checklist with one item to fill in. */
    public void startNew() {
        chosen.set(null);
        creating.set(true);
        problem.set("");
        message.set("");
        code.set("");
        name.set("");
        nameZh.set("");
        scheduling.set(Scheduling.FLOATING);
        kinds.clear();
        items.setAll(new ChecklistItemRow());
    }

    public ChecklistItemRow addItem() {
        ChecklistItemRow row = new ChecklistItemRow();
        items.add(row);
        return row;
    }

    public void remove(ChecklistItemRow row) {
        items.remove(row);
    }

    /** Moves an item up (-1) or down (+1) the list. */
    public void move(ChecklistItemRow row, int by) {
        int at = items.indexOf(row);
        int to = at + by;
        if (at >= 0 && to >= 0 && to < items.size()) {
            items.remove(at);
            items.add(to, row);
        }
    }

    /**
     * Saves what the editor holds as the checklist's next version (or version 1 of a new one);
     * what the form can tell is wrong is named before the service is asked.
     */
    public void save(Consumer<ChecklistTemplate> saved) {
        message.set("");
        String refusal = formProblem();
        if (refusal != null) {
            problem.set(refusal);
            return;
        }
        List<ChecklistItem> edited = new ArrayList<>();
        for (ChecklistItemRow row : items) {
            try {
                edited.add(row.toItem(edited.size() + 1));
            } catch (NumberFormatException e) {
                problem.set(messages.get("checklists.notANumber", row.check().get().strip()));
                return;
            }
        }
        ChecklistTemplate template = new ChecklistTemplate(null, null, code.get().strip().toUpperCase(Locale.ROOT), 0,
                new Bilingual(name.get().strip(), nameZh.get().isBlank() ? null : nameZh.get().strip()), Set.copyOf(kinds),
                scheduling.get(), edited);
        saving.set(true);
        problem.set("");
        background.run(() -> maintenance.saveTemplate(template), done -> {
            saving.set(false);
            message.set(messages.get("checklists.saved", done.version()));
            templates.removeIf(t -> t.code().equals(done.code()));
            templates.add(done);
            templates.sort(java.util.Comparator.comparing(ChecklistTemplate::code));
            choose(done);
            saved.accept(done);
        }, error -> {
            saving.set(false);
            problem.set(error.getMessage());
        });
    }

    private String formProblem() {
        if (creating.get() && code.get().isBlank()) {
            return messages.get("checklists.noCode");
        }
        if (creating.get() && templates.stream().anyMatch(t -> t.code().equalsIgnoreCase(code.get().strip()))) {
            return messages.get("checklists.codeTaken", code.get().strip().toUpperCase(Locale.ROOT));
        }
        if (name.get().isBlank()) {
            return messages.get("checklists.noName");
        }
        if (kinds.isEmpty()) {
            return messages.get("checklists.noKinds");
        }
        return null;
    }
}
