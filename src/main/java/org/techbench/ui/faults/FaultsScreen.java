package org.techbench.ui.faults;

import javafx.scene.Node;
import org.techbench.i18n.Texts;
import org.techbench.service.Workbench;
import org.techbench.ui.common.Background;
import org.techbench.ui.common.Navigator;
import org.techbench.ui.common.Place;
import org.techbench.ui.common.Screen;

/** The Faults screen: the list and, for the place's fault, its detail beside it. */
public final class FaultsScreen implements Screen {

    private final FaultsViewModel model;
    private final FaultsView view;

    public FaultsScreen(Workbench workbench, Background background, Texts messages, Navigator navigator) {
        this.model = new FaultsViewModel(workbench.faults(), workbench.technicians(), workbench.sites(), workbench.changes(),
                background);
        // Picking a fault in the list replaces the place rather than adding to the way back.
        this.view = new FaultsView(model, messages, new FaultDialogs(messages), id -> {
            model.show(id);
            navigator.replace(new FaultsPlace(id));
        });
    }

    @Override
    public Node node() {
        return view.node();
    }

    @Override
    public void activate() {
        model.activate();
    }

    @Override
    public void deactivate() {
        model.deactivate();
    }

    @Override
    public void open(Place place) {
        if (place instanceof FaultsPlace shown) {
            model.show(shown.faultId());
            if (shown.faultId() != null) {
                view.select(shown.faultId());
            }
        }
    }
}
