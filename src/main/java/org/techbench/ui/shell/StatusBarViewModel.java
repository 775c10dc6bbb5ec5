package org.techbench.ui.shell;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import java.util.function.Supplier;
import org.techbench.domain.fault.SlaCounts;
import org.techbench.i18n.Texts;
import org.techbench.service.ChangeEvents;
import org.techbench.service.OverviewService;
import org.techbench.service.Subject;
import org.techbench.service.TechnicianService;
import org.techbench.ui.common.Background;

/**
 * The status bar's counts, the technician's name and (through {@link #alsoRefresh}) the sync
 * indicator, refreshed in the background after every change to the store, whichever screen made it.
 */
public final class StatusBarViewModel {

    private final OverviewService overview;
    private final TechnicianService technicians;
    private final Background background;
    private final Texts messages;
    private final StringProperty counts = new SimpleStringProperty("");
    private final StringProperty technician = new SimpleStringProperty("");
    private final StringProperty slaWarning = new SimpleStringProperty("");
    private final Supplier<SlaCounts> sla;
    private final ChangeEvents changes;
    private final List<Runnable> others = new ArrayList<>();
    private ChangeEvents.Subscription listening;

    public StatusBarViewModel(OverviewService overview, Supplier<SlaCounts> sla, TechnicianService technicians,
                              ChangeEvents changes, Background background, Texts messages) {
        this.overview = overview;
        this.sla = sla;
        this.technicians = technicians;
        this.changes = changes;
        this.background = background;
        this.messages = messages;
    }

    /** Refreshes now and after every change until {@link #deactivate}. */
    public void activate() {
        listening = changes.listen(EnumSet.allOf(Subject.class), () -> background.onUiThread(this::refresh));
        refresh();
    }

    public void deactivate() {
        if (listening != null) {
            listening.close();
            listening = null;
        }
    }

    public ReadOnlyStringProperty counts() {
        return counts;
    }

    /** Open faults near or past their SLA targets, worded; empty when there are none. */
    public ReadOnlyStringProperty slaWarning() {
        return slaWarning;
    }

    public ReadOnlyStringProperty technician() {
        return technician;
    }

    /** Adds something else the status bar shows (sync) to every refresh. */
    public void alsoRefresh(Runnable other) {
        others.add(other);
    }

    public void refresh() {
        others.forEach(Runnable::run);
        record Figures(long assets, long openFaults, String name, SlaCounts sla) {
        }
        background.run(() -> {
            var figures = overview.overview();
            return new Figures(figures.assets(), figures.openFaults(), technicians.current().name(), sla.get());
        }, f -> {
            counts.set(messages.get("status.counts", f.assets(), f.openFaults()));
            technician.set(messages.get("status.technician", f.name()));
            slaWarning.set(f.sla().atRisk() == 0 ? "" : messages.get("status.sla", f.sla().breached(), f.sla().near()));
        }, error -> counts.set(""));
    }
}
