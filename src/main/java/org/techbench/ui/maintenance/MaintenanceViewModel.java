package org.techbench.ui.maintenance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.maintenance.DueCheck;
import org.techbench.domain.maintenance.InspectionRecord;
import org.techbench.domain.site.Site;
import org.techbench.service.ChangeEvents;
import org.techbench.service.Subject;
import org.techbench.service.maintenance.MaintenanceService;
import org.techbench.service.site.SiteService;
import org.techbench.ui.common.Background;

/** The Maintenance screen's list: the checklists due by the chosen horizon, by site and kind, and inspections to resume. */
public final class MaintenanceViewModel {

    private final MaintenanceService maintenance;
    private final SiteService sites;
    private final ChangeEvents changes;
    private final Background background;
    private final Clock clock;
    private final ObservableList<DueCheck> due = FXCollections.observableArrayList();
    private final ObservableList<InspectionRecord> unfinished = FXCollections.observableArrayList();
    private final ObservableList<Site> siteChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Site> site = new SimpleObjectProperty<>();
    private final ObjectProperty<AssetKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<DueHorizon> horizon = new SimpleObjectProperty<>(DueHorizon.WEEK);
    private final IntegerProperty overdue = new SimpleIntegerProperty();
    private final StringProperty failure = new SimpleStringProperty("");
    private ChangeEvents.Subscription listening;
    private long generation;

    public MaintenanceViewModel(MaintenanceService maintenance, SiteService sites, ChangeEvents changes, Background background,
                                Clock clock) {
        this.maintenance = maintenance;
        this.sites = sites;
        this.changes = changes;
        this.background = background;
        this.clock = clock;
        site.addListener((obs, old, value) -> load());
        kind.addListener((obs, old, value) -> load());
        horizon.addListener((obs, old, value) -> load());
    }

    public ObservableList<DueCheck> due() {
        return due;
    }

    public ObservableList<InspectionRecord> unfinished() {
        return unfinished;
    }

    public ObservableList<Site> siteChoices() {
        return siteChoices;
    }

    public ObjectProperty<Site> site() {
        return site;
    }

    public ObjectProperty<AssetKind> kind() {
        return kind;
    }

    public ObjectProperty<DueHorizon> horizon() {
        return horizon;
    }

    /** How many of the listed checklists are past due. */
    public IntegerProperty overdue() {
        return overdue;
    }

    public StringProperty failure() {
        return failure;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Called when the screen is shown: lists afresh, and again after any change to what it lists. */
    public void activate() {
        listening = changes.listen(EnumSet.of(Subject.MAINTENANCE, Subject.ASSETS, Subject.SITES),
                () -> background.onUiThread(this::load));
        background.run(sites::active, siteChoices::setAll, error -> failure.set(error.getMessage()));
        load();
    }

    public void deactivate() {
        if (listening != null) {
            listening.close();
            listening = null;
        }
    }

    /** Chooses the site by id (a place names it), or all sites for null. */
    public void showSite(UUID siteId) {
        if (siteId == null) {
            site.set(null);
            return;
        }
        background.run(sites::active, list -> {
            siteChoices.setAll(list);
            site.set(list.stream().filter(s -> s.id().equals(siteId)).findFirst().orElse(null));
        }, error -> failure.set(error.getMessage()));
    }

    private void load() {
        long asked = ++generation;
        UUID siteId = site.get() == null ? null : site.get().id();
        Set<AssetKind> kinds = kind.get() == null ? null : Set.of(kind.get());
        LocalDate until = horizon.get().until(today());
        record Lists(List<DueCheck> due, List<InspectionRecord> unfinished) {
        }
        background.run(() -> new Lists(maintenance.due(siteId, kinds, until),
                maintenance.unfinished().stream().map(i -> maintenance.record(i.id())).toList()), lists -> {
            if (asked != generation) {
                return;
            }
            due.setAll(lists.due());
            unfinished.setAll(lists.unfinished());
            overdue.set((int) lists.due().stream().filter(d -> d.earliestDue().isBefore(today())).count());
            failure.set("");
        }, error -> failure.set(error.getMessage()));
    }

    /** Starts (or resumes) the inspection of a due checklist, then hands its id on. */
    public void start(DueCheck check, Consumer<UUID> opened) {
        background.run(() -> maintenance.start(check.assetId(), check.templateId()), inspection -> opened.accept(inspection.id()),
                error -> failure.set(error.getMessage()));
    }
}
