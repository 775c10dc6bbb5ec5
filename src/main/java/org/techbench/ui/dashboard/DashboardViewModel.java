package org.techbench.ui.dashboard;

import java.util.EnumSet;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.techbench.domain.fault.SlaCounts;
import org.techbench.domain.quality.Overview;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.techbench.domain.maintenance.DueCounts;
import org.techbench.service.ChangeEvents;
import org.techbench.service.OverviewService;
import org.techbench.service.Subject;
import org.techbench.ui.common.Background;

/** The dashboard's state: the store's figures, counted in the background each time it is shown. */
public final class DashboardViewModel {

    private final OverviewService service;
    private final Supplier<DueCounts> due;
    private final Supplier<SlaCounts> sla;
    private final Background background;
    /** Replaced only by figures that differ, so an unchanged count does not redraw the screen under the pointer. */
    private final ObjectProperty<DashboardFigures> figures = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty failure = new SimpleStringProperty();
    private Future<?> pending;
    private final ChangeEvents changes;
    /** While shown, the figures are counted again whenever what they count changed. */
    private ChangeEvents.Subscription listening;

    public DashboardViewModel(OverviewService service, Supplier<SlaCounts> sla, Supplier<DueCounts> due,
                              ChangeEvents changes, Background background) {
        this.due = due;
        this.sla = sla;
        this.changes = changes;
        this.service = service;
        this.background = background;
    }

    public ReadOnlyObjectProperty<DashboardFigures> figures() {
        return figures;
    }

    public ReadOnlyBooleanProperty loading() {
        return loading;
    }

    public ReadOnlyStringProperty failure() {
        return failure;
    }

    /** Called when the screen is shown: counts afresh, and again after every change to what it counts. */
    public void activate() {
        listening = changes.listen(EnumSet.of(Subject.ASSETS, Subject.SITES, Subject.FAULTS, Subject.MAINTENANCE),
                () -> background.onUiThread(this::count));
        count();
    }

    private void count() {
        if (pending != null) {
            // Never with an interrupt: H2 closes its file when a thread reading it is interrupted,
            // and every later query of the session fails. The abandoned count finishes unseen.
            pending.cancel(false);
        }
        loading.set(true);
        failure.set(null);
        // The due counts come second: the first after start-up waits for a year of results to be indexed.
        record First(Overview overview, SlaCounts sla) {
        }
        pending = background.run(() -> new First(service.overview(), sla.get()), first -> {
            figures.set(new DashboardFigures(first.overview(), first.sla(),
                    figures.get() == null ? null : figures.get().due()));
            pending = background.run(due::get, counts -> {
                figures.set(new DashboardFigures(first.overview(), first.sla(), counts));
                loading.set(false);
            }, error -> {
                failure.set(error.getMessage());
                loading.set(false);
            });
        }, error -> {
            failure.set(error.getMessage());
            loading.set(false);
        });
    }

    /** Called when the screen is hidden: a count still running is abandoned. */
    public void deactivate() {
        if (listening != null) {
            listening.close();
            listening = null;
        }
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }
}
