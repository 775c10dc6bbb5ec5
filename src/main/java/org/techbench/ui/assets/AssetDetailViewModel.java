package org.techbench.ui.assets;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.InstalledSoftware;
import org.techbench.domain.maintenance.ChecklistTemplate;
import org.techbench.domain.maintenance.Inspection;
import org.techbench.i18n.Texts;
import org.techbench.service.ChangeEvents;
import org.techbench.service.Subject;
import org.techbench.service.asset.AssetDetail;
import org.techbench.service.asset.AssetInvalidException;
import org.techbench.service.asset.AssetService;
import org.techbench.service.maintenance.MaintenanceService;
import org.techbench.ui.common.Background;
import org.techbench.ui.common.DialogService;

/** One asset's screen: its detail, loaded in the background, and the changes made from it. */
public final class AssetDetailViewModel {

    private final AssetService assets;
    private final Background background;
    private final Runnable changed;
    private final DialogService dialogs;
    private final Texts messages;
    private final MaintenanceService maintenance;
    private final ObjectProperty<AssetDetail> detail = new SimpleObjectProperty<>();
    private final ObjectProperty<List<Checklist>> checklists = new SimpleObjectProperty<>(List.of());
    private final StringProperty failure = new SimpleStringProperty();
    private UUID shown;
    private final ChangeEvents changes;
    private ChangeEvents.Subscription listening;

    /** {@code changed} is told after every change, so the list can search again. */
    public AssetDetailViewModel(AssetService assets, MaintenanceService maintenance, ChangeEvents changes,
                                Background background, DialogService dialogs, Texts messages, Runnable changed) {
        this.maintenance = maintenance;
        this.changes = changes;
        this.assets = assets;
        this.background = background;
        this.dialogs = dialogs;
        this.messages = messages;
        this.changed = changed;
    }

    public ObjectProperty<AssetDetail> detail() {
        return detail;
    }

    public StringProperty failure() {
        return failure;
    }

    /** A checklist the asset can be inspected with, and whether an inspection with it was left unfinished. */
    public record Checklist(ChecklistTemplate template, boolean unfinished) {
    }

    /** The checklists for the shown asset's kind, each with whether it has an inspection to resume. */
    public ReadOnlyObjectProperty<List<Checklist>> checklists() {
        return checklists;
    }

    /** Starts an inspection with the checklist, or resumes the one left unfinished, and hands its id to {@code opened}. */
    public void inspect(ChecklistTemplate template, Consumer<UUID> opened) {
        UUID id = shown;
        background.run(() -> maintenance.start(id, template.id()), inspection -> opened.accept(inspection.id()),
                error -> failure.set(error.getMessage()));
    }

    /** While the screen is shown, a change to this asset made elsewhere (a sync, another window) shows at once. */
    public void activate() {
        listening = changes.listen(EnumSet.of(Subject.ASSETS, Subject.MAINTENANCE), () -> background.onUiThread(() -> {
            if (shown != null) {
                reload();
            }
        }));
    }

    public void deactivate() {
        if (listening != null) {
            listening.close();
            listening = null;
        }
    }

    public void show(UUID id) {
        shown = id;
        reload();
    }

    public void reload() {
        UUID id = shown;
        record Loaded(AssetDetail detail, List<Checklist> checklists) {
        }
        background.run(() -> {
            AssetDetail asset = assets.detail(id);
            Set<UUID> unfinished = maintenance.unfinished().stream().filter(i -> i.assetId().equals(id))
                    .map(Inspection::templateId).collect(Collectors.toSet());
            return new Loaded(asset, maintenance.templatesFor(asset.asset().kind()).stream()
                    .map(template -> new Checklist(template, unfinished.contains(template.id()))).toList());
        }, loaded -> {
            if (id.equals(shown)) {
                failure.set(null);
                checklists.set(loaded.checklists());
                detail.set(loaded.detail());
            }
        }, error -> failure.set(error.getMessage()));
    }

    public void archive(boolean archived) {
        UUID id = shown;
        change(() -> {
            if (archived) {
                assets.archive(id);
            } else {
                assets.restore(id);
            }
            return null;
        }, ignored -> { });
    }

    /** Replaces a part; problems go to {@code invalid} (for the dialog), success closes it. */
    public void replace(Component old, Component replacement, LocalDate day, Runnable done,
                        Consumer<AssetInvalidException> invalid) {
        change(() -> assets.replaceComponent(old.id(), replacement, day), fitted -> done.run(), invalid);
    }

    public void addPart(Component part, Runnable done, Consumer<AssetInvalidException> invalid) {
        UUID id = shown;
        change(() -> assets.addComponent(id, part), fitted -> done.run(), invalid);
    }

    public void addSoftware(InstalledSoftware entry, Runnable done, Consumer<AssetInvalidException> invalid) {
        UUID id = shown;
        change(() -> assets.addSoftware(id, entry), added -> done.run(), invalid);
    }

    /** Takes a program off the asset's list, once the technician confirmed it. */
    public void removeSoftware(InstalledSoftware entry) {
        if (!dialogs.confirm(messages.get("software.remove"), messages.get("software.removeQuestion", entry.name()),
                messages.get("software.remove"))) {
            return;
        }
        change(() -> {
            assets.removeSoftware(entry);
            return null;
        }, ignored -> { });
    }

    private <T> void change(Callable<T> work, Consumer<T> then) {
        change(work, then, invalid -> failure.set(invalid.getMessage()));
    }

    private <T> void change(Callable<T> work, Consumer<T> then,
                            Consumer<AssetInvalidException> invalid) {
        // The asset shows the change through the change events it listens to while shown.
        background.run(work, result -> {
            then.accept(result);
            changed.run();
        }, error -> {
            if (error instanceof AssetInvalidException problems) {
                invalid.accept(problems);
            } else {
                failure.set(error.getMessage());
            }
        });
    }
}
