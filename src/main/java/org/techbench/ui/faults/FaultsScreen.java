package org.techbench.ui.faults;

import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.techbench.i18n.Texts;
import org.techbench.service.Workbench;
import org.techbench.ui.common.Background;
import org.techbench.ui.common.DialogService;
import org.techbench.ui.common.Navigator;
import org.techbench.ui.common.Place;
import org.techbench.ui.common.Screen;
import org.techbench.ui.knowledge.KnowledgePlace;
import org.techbench.ui.knowledge.SuggestionsModel;

/** The Faults screen: the list or board and, for the place's fault, its detail beside it. */
public final class FaultsScreen implements Screen {

    private final FaultsViewModel model;
    private final FaultsView view;
    private final Workbench workbench;
    private final Background background;
    private final Navigator navigator;

    public FaultsScreen(Workbench workbench, Background background, Texts messages, DialogService dialogs,
                        Navigator navigator, Map<String, String> savedFilters, Consumer<Map<String, String>> savingFilters) {
        this.workbench = workbench;
        this.background = background;
        this.navigator = navigator;
        this.model = new FaultsViewModel(workbench.faults(), workbench.faultTools(), workbench.attachments(),
                workbench.technicians(), workbench.sites(), workbench.changes(), background, dialogs, messages,
                savedFilters, savingFilters);
        // Picking a fault in the list replaces the place rather than adding to the way back.
        this.view = new FaultsView(model, messages, new FaultDialogs(messages), id -> {
            model.show(id);
            navigator.replace(new FaultsPlace(id));
        }, navigator::goTo, new KnowledgeLinks(
                new SuggestionsModel(workbench.knowledge(), background),
                new SuggestionsModel(workbench.knowledge(), background),
                result -> navigator.goTo(result.article() ? KnowledgePlace.article(result.id())
                        : new FaultsPlace(result.id())),
                faultId -> navigator.goTo(KnowledgePlace.draftFrom(faultId))));
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
        if (!(place instanceof FaultsPlace shown)) {
            return;
        }
        if (shown.atRisk()) {
            model.apply(FaultListFilter.atRisk());
        }
        if (shown.reportForAsset() != null) {
            // The form opens once: going back here later shows the list, not the form again.
            navigator.replace(FaultsPlace.all());
            background.run(() -> workbench.faults().asset(shown.reportForAsset()).orElse(null), view::report,
                    error -> model.problem().set(error.getMessage()));
            return;
        }
        model.show(shown.faultId());
        if (shown.faultId() != null) {
            view.select(shown.faultId());
        }
    }
}
