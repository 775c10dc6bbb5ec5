package org.techbench.ui.knowledge;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.techbench.service.knowledge.KnowledgeResult;
import org.techbench.service.knowledge.KnowledgeService;
import org.techbench.service.knowledge.SuggestionContext;
import org.techbench.ui.common.Background;

/**
 * Suggestions while a symptom is typed: each keystroke asks again in the background, and only the
 * answer to the latest question is shown. In the report form the technician marks the fixes to
 * try ({@link #chosen}), applied once the fault is saved; on a fault they are applied at once.
 */
public final class SuggestionsModel {

    private final KnowledgeService knowledge;
    private final Background background;
    private final ObservableList<KnowledgeResult> results = FXCollections.observableArrayList();
    private final ObservableSet<KnowledgeResult> chosen = FXCollections.observableSet();
    private final AtomicLong asked = new AtomicLong();

    public SuggestionsModel(KnowledgeService knowledge, Background background) {
        this.knowledge = knowledge;
        this.background = background;
    }

    public ObservableList<KnowledgeResult> results() {
        return results;
    }

    public ObservableSet<KnowledgeResult> chosen() {
        return chosen;
    }

    /** Asks for suggestions for what is typed now; an answer to an earlier question is dropped. */
    public void ask(SuggestionContext context) {
        long question = asked.incrementAndGet();
        background.run(() -> knowledge.suggest(context), found -> {
            if (question == asked.get()) {
                results.setAll(found);
                chosen.retainAll(found);
            }
        }, error -> { });
    }

    public void toggle(KnowledgeResult result) {
        if (!chosen.remove(result)) {
            chosen.add(result);
        }
    }

    /** Applies the chosen fixes to a fault just reported, then forgets them. */
    public void applyChosen(UUID faultId, Runnable done, Consumer<String> refused) {
        List<KnowledgeResult> toApply = List.copyOf(chosen);
        chosen.clear();
        background.run(() -> {
            toApply.forEach(result -> knowledge.apply(faultId, result));
            return toApply.size();
        }, applied -> done.run(), error -> refused.accept(error.getMessage()));
    }

    /** Applies one fix to a fault at once. */
    public void apply(UUID faultId, KnowledgeResult result, Runnable done, Consumer<String> refused) {
        background.run(() -> knowledge.apply(faultId, result), entry -> done.run(),
                error -> refused.accept(error.getMessage()));
    }

    public void clear() {
        asked.incrementAndGet();
        results.clear();
        chosen.clear();
    }
}
