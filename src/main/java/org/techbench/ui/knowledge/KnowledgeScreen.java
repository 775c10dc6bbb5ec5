package org.techbench.ui.knowledge;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import org.techbench.i18n.Texts;
import org.techbench.service.Workbench;
import org.techbench.service.knowledge.KnowledgeResult;
import org.techbench.ui.common.Background;
import org.techbench.ui.common.Navigator;
import org.techbench.ui.common.Place;
import org.techbench.ui.common.Screen;
import org.techbench.ui.faults.FaultsPlace;

/** The Knowledge screen: search, filters, the open article; a past fault in the results opens on the Faults screen. */
public final class KnowledgeScreen implements Screen {

    private final KnowledgeViewModel model;
    private final KnowledgeView view;
    private final Navigator navigator;

    public KnowledgeScreen(Workbench workbench, Background background, Texts messages, Navigator navigator) {
        this.navigator = navigator;
        this.model = new KnowledgeViewModel(workbench.knowledge(), workbench.changes(), background, messages);
        Consumer<KnowledgeResult> open = result -> {
            if (result.article()) {
                model.show(result.id());
                navigator.replace(KnowledgePlace.article(result.id()));
            } else {
                navigator.goTo(new FaultsPlace(result.id()));
            }
        };
        this.view = new KnowledgeView(model, messages, new ArticleDialog(messages), open,
                faultId -> navigator.goTo(new FaultsPlace(faultId)));
    }

    @Override
    public Node node() {
        return view.node();
    }

    @Override
    public void activate() {
        model.activate();
        // After the screen is in the window and laid out: a technician arrives here to type.
        Platform.runLater(() -> Platform.runLater(view::focusSearch));
    }

    @Override
    public void deactivate() {
        model.deactivate();
    }

    @Override
    public void open(Place place) {
        if (!(place instanceof KnowledgePlace shown)) {
            return;
        }
        if (shown.draftFromFault() != null) {
            // The editor opens once: going back here later shows the screen, not the form again.
            navigator.replace(KnowledgePlace.all());
            model.draftFrom(shown.draftFromFault(), view::edit);
            return;
        }
        model.show(shown.articleId());
    }
}
