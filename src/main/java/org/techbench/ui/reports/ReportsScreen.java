package org.techbench.ui.reports;

import java.time.Clock;
import javafx.scene.Node;
import org.techbench.i18n.Texts;
import org.techbench.service.Workbench;
import org.techbench.ui.common.Background;
import org.techbench.ui.common.DialogService;
import org.techbench.ui.common.Place;
import org.techbench.ui.common.Screen;

/** The Reports screen: choose a report and its settings, make it in the background, open it. */
public final class ReportsScreen implements Screen {

    private final ReportsViewModel model;
    private final ReportsView view;

    public ReportsScreen(Workbench workbench, Background background, Texts messages, DialogService dialogs, Clock clock) {
        this.model = new ReportsViewModel(workbench.reports(), workbench.sites(), workbench.procedures(),
                workbench.maintenance(), workbench.checklistForms(), background, dialogs,
                messages, clock);
        this.view = new ReportsView(model, messages);
    }

    @Override
    public Node node() {
        return view.node();
    }

    @Override
    public void activate() {
        // open() follows every showing and reads the choices; reading them here too would read them twice.
    }

    @Override
    public void deactivate() {
    }

    @Override
    public void open(Place place) {
        if (place instanceof ReportsPlace reports) {
            model.activate(reports.runId());
        }
    }
}
