package org.techbench.ui.faults;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultEventKind;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.fault.Priority;
import org.techbench.domain.fault.SlaState;
import org.techbench.domain.site.Site;
import org.techbench.service.ChangeEvents;
import org.techbench.service.Subject;
import org.techbench.service.TechnicianService;
import org.techbench.service.fault.FaultDetail;
import org.techbench.service.fault.FaultFilter;
import org.techbench.service.fault.FaultReport;
import org.techbench.service.fault.FaultService;
import org.techbench.service.fault.ResolutionSummary;
import org.techbench.service.site.SiteService;
import org.techbench.ui.common.Background;

/** The Faults screen's state: the filtered list with SLA standings, the fault open in detail, and what is done to it. */
public final class FaultsViewModel {

    static final int LIMIT = 2_000;

    private final FaultService faults;
    private final TechnicianService technicians;
    private final SiteService sites;
    private final ChangeEvents changes;
    private final Background background;
    private final ObservableList<FaultRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<FaultScope> scope = new SimpleObjectProperty<>(FaultScope.OPEN);
    private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>();
    private final BooleanProperty mine = new SimpleBooleanProperty();
    private final ObjectProperty<FaultDetail> detail = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private UUID shown;
    /** Counts the lists asked for: a list that arrives after a later one was asked for is dropped. */
    private final java.util.concurrent.atomic.AtomicLong listsAsked = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong detailsAsked = new java.util.concurrent.atomic.AtomicLong();
    private ChangeEvents.Subscription listening;

    public FaultsViewModel(FaultService faults, TechnicianService technicians, SiteService sites, ChangeEvents changes,
                           Background background) {
        this.faults = faults;
        this.sites = sites;
        this.technicians = technicians;
        this.changes = changes;
        this.background = background;
        scope.addListener((obs, old, value) -> reload());
        priority.addListener((obs, old, value) -> reload());
        mine.addListener((obs, old, value) -> reload());
    }

    public ObservableList<FaultRow> rows() {
        return rows;
    }

    public ObjectProperty<FaultScope> scope() {
        return scope;
    }

    public ObjectProperty<Priority> priority() {
        return priority;
    }

    public BooleanProperty mine() {
        return mine;
    }

    public ObjectProperty<FaultDetail> detail() {
        return detail;
    }

    /** What the last action was refused for, worded for the technician; empty when it went through. */
    public StringProperty problem() {
        return problem;
    }

    /** While shown, a change to any fault (here or by a sync) lists and shows afresh. */
    public void activate() {
        listening = changes.listen(EnumSet.of(Subject.FAULTS), () -> background.onUiThread(() -> {
            reload();
            if (shown != null) {
                show(shown);
            }
        }));
        reload();
    }

    public void deactivate() {
        if (listening != null) {
            listening.close();
            listening = null;
        }
    }

    public void reload() {
        FaultFilter filter = new FaultFilter(scope.get().statuses(),
                priority.get() == null ? Set.of() : Set.of(priority.get()), null,
                mine.get() ? technicians.currentId() : null, LIMIT);
        long ask = listsAsked.incrementAndGet();
        background.run(() -> {
            List<Fault> listed = faults.list(filter);
            Map<UUID, SlaState> sla = faults.sla(listed);
            return listed.stream().map(f -> new FaultRow(f, sla.get(f.id()))).toList();
        }, listed -> {
            if (ask == listsAsked.get()) {
                rows.setAll(listed);
            }
        }, error -> problem.set(error.getMessage()));
    }

    /** Opens a fault's detail (null closes it). */
    public void show(UUID faultId) {
        shown = faultId;
        long ask = detailsAsked.incrementAndGet();
        if (faultId == null) {
            detail.set(null);
            return;
        }
        background.run(() -> faults.detail(faultId), loaded -> {
            if (ask == detailsAsked.get()) {
                detail.set(loaded);
            }
        }, error -> problem.set(error.getMessage()));
    }

    public void move(FaultStatus target, String reason) {
        act(() -> faults.move(shown, target, reason));
    }

    public void assignToMe() {
        act(() -> faults.assign(shown, technicians.currentId()));
    }

    public void addEntry(FaultEventKind kind, String body, Runnable added) {
        act(() -> faults.addEntry(shown, kind, body), added);
    }

    public void resolve(ResolutionSummary summary, Runnable done) {
        act(() -> faults.resolve(shown, summary), done);
    }

    public void close(Integer rating, String comment, String reasonWithoutRating, Runnable done) {
        act(() -> faults.close(shown, rating, comment, reasonWithoutRating), done);
    }

    /** The sites a fault can be reported at, for the report form. */
    public void sites(java.util.function.Consumer<List<Site>> loaded) {
        background.run(sites::active, loaded, error -> problem.set(error.getMessage()));
    }

    /** Reports a fault: {@code reported} gets its id, {@code refused} what the form must correct. */
    public void report(FaultReport report, java.util.function.Consumer<UUID> reported,
                       java.util.function.Consumer<String> refused) {
        background.run(() -> faults.report(report), fault -> reported.accept(fault.id()),
                error -> refused.accept(error.getMessage()));
    }

    private void act(Callable<?> work) {
        act(work, () -> { });
    }

    private void act(Callable<?> work, Runnable done) {
        problem.set("");
        background.run(work, ignored -> done.run(), error -> problem.set(error.getMessage()));
    }
}
