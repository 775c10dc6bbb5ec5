package org.techbench.ui.shell;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.techbench.service.OverviewService;
import org.techbench.service.TechnicianService;
import org.techbench.ui.common.Background;
import org.techbench.ui.common.Messages;

/** The status bar's counts and the technician's name, refreshed in the background. */
public final class StatusBarViewModel {

    private final OverviewService overview;
    private final TechnicianService technicians;
    private final Background background;
    private final Messages messages;
    private final StringProperty counts = new SimpleStringProperty("");
    private final StringProperty technician = new SimpleStringProperty("");

    public StatusBarViewModel(OverviewService overview, TechnicianService technicians, Background background, Messages messages) {
        this.overview = overview;
        this.technicians = technicians;
        this.background = background;
        this.messages = messages;
    }

    public ReadOnlyStringProperty counts() {
        return counts;
    }

    public ReadOnlyStringProperty technician() {
        return technician;
    }

    public void refresh() {
        record Figures(long assets, long openFaults, long pending, String name) {
        }
        background.run(() -> {
            var figures = overview.overview();
            return new Figures(figures.assets(), figures.openFaults(), overview.pendingChanges(), technicians.current().name());
        }, f -> {
            counts.set(messages.get("status.counts", f.assets(), f.openFaults(), f.pending()));
            technician.set(messages.get("status.technician", f.name()));
        }, error -> counts.set(""));
    }
}
