package org.techbench.ui.knowledge;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.techbench.domain.fault.FaultCategory;
import org.techbench.domain.knowledge.Article;
import org.techbench.i18n.Texts;
import org.techbench.service.ChangeEvents;
import org.techbench.service.Progress;
import org.techbench.service.RefusedException;
import org.techbench.service.Subject;
import org.techbench.service.knowledge.ArticleDetail;
import org.techbench.service.knowledge.ArticleFilter;
import org.techbench.service.knowledge.KnowledgeAnswer;
import org.techbench.service.knowledge.KnowledgeResult;
import org.techbench.service.knowledge.KnowledgeService;
import org.techbench.store.KnowledgeDocument;
import org.techbench.store.KnowledgeIndex;
import org.techbench.ui.common.Background;

/**
 * The Knowledge screen's state: a search over articles and past faults (or, with nothing typed,
 * the articles by the filters), the open article with the faults it solved and its versions, and
 * saving, reviewing and writing an article from a resolved fault.
 */
public final class KnowledgeViewModel {

    private static final int SHOWN = 50;

    private final KnowledgeService knowledge;
    private final ChangeEvents changes;
    private final Background background;
    private final Texts messages;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<KnowledgeDocument.Kind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<FaultCategory> category = new SimpleObjectProperty<>();
    private final StringProperty language = new SimpleStringProperty();
    private final StringProperty model = new SimpleStringProperty("");
    private final BooleanProperty reviewedOnly = new SimpleBooleanProperty();
    private final ObservableList<KnowledgeResult> results = FXCollections.observableArrayList();
    private final ObjectProperty<ArticleDetail> detail = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final AtomicLong asked = new AtomicLong();
    private UUID shown;
    private ChangeEvents.Subscription listening;

    public KnowledgeViewModel(KnowledgeService knowledge, ChangeEvents changes, Background background, Texts messages) {
        this.knowledge = knowledge;
        this.changes = changes;
        this.background = background;
        this.messages = messages;
        query.addListener((obs, old, value) -> search());
        kind.addListener((obs, old, value) -> search());
        category.addListener((obs, old, value) -> search());
        language.addListener((obs, old, value) -> search());
        model.addListener((obs, old, value) -> search());
        reviewedOnly.addListener((obs, old, value) -> search());
    }

    public StringProperty query() {
        return query;
    }

    public ObjectProperty<KnowledgeDocument.Kind> kind() {
        return kind;
    }

    public ObjectProperty<FaultCategory> category() {
        return category;
    }

    /** {@code en}, {@code zh}, or null for both. */
    public StringProperty language() {
        return language;
    }

    /** A make and model ("Dell OptiPlex 7090") the articles must apply to; empty for any. */
    public StringProperty model() {
        return model;
    }

    public BooleanProperty reviewedOnly() {
        return reviewedOnly;
    }

    public ObservableList<KnowledgeResult> results() {
        return results;
    }

    public ObjectProperty<ArticleDetail> detail() {
        return detail;
    }

    /** What the last search or action was refused for; empty when it went through. */
    public StringProperty problem() {
        return problem;
    }

    /** Word of the search index: being built, or rebuilt because it was damaged; empty otherwise. */
    public StringProperty notice() {
        return notice;
    }

    public void activate() {
        listening = changes.listen(EnumSet.of(Subject.KNOWLEDGE, Subject.FAULTS), () -> background.onUiThread(() -> {
            search();
            show(shown);
        }));
        KnowledgeIndex.Rebuilt rebuilt = knowledge.indexRebuiltBecause();
        if (!knowledge.indexReady()) {
            notice.set(messages.get("kb.index.building"));
            background.run(() -> knowledge.catchUp(Progress.NONE), written -> {
                notice.set(rebuilt == KnowledgeIndex.Rebuilt.DAMAGED || rebuilt == KnowledgeIndex.Rebuilt.OTHER_VERSION
                        ? messages.get("kb.index.rebuilt." + rebuilt.name()) : "");
                search();
            }, error -> notice.set(messages.get("kb.index.failed", error.getMessage())));
        }
        search();
    }

    public void deactivate() {
        if (listening != null) {
            listening.close();
            listening = null;
        }
    }

    /** Searches again for what is typed now, with the filters; only the latest answer is shown. */
    public void search() {
        long question = asked.incrementAndGet();
        String text = query.get() == null ? "" : query.get();
        ArticleFilter filter = new ArticleFilter(kind.get(), category.get(), blankToNull(model.get()), language.get(),
                reviewedOnly.get());
        background.run(() -> text.isBlank() ? new KnowledgeAnswer(asResults(knowledge.articles(filter)), false)
                : knowledge.search(text, filter, SHOWN), answer -> {
                    if (question == asked.get()) {
                        results.setAll(answer.results());
                        problem.set(answer.shortened() ? messages.get("kb.shortened") : "");
                    }
                }, error -> {
                    if (question == asked.get()) {
                        results.clear();
                        problem.set(error instanceof RefusedException ? error.getMessage()
                                : messages.get("kb.searchFailed", error.getMessage()));
                    }
                });
    }

    private List<KnowledgeResult> asResults(List<Article> articles) {
        return articles.stream().limit(SHOWN).map(a -> new KnowledgeResult(a.id(), KnowledgeDocument.Kind.ARTICLE,
                a.title(), a.steps().isEmpty() ? "" : a.steps().getFirst(), a.language(), 0, List.of(), Set.of(), 0))
                .toList();
    }

    public void show(UUID articleId) {
        shown = articleId;
        if (articleId == null) {
            detail.set(null);
            return;
        }
        background.run(() -> knowledge.detail(articleId), found -> {
            if (articleId.equals(shown)) {
                detail.set(found);
            }
        }, error -> problem.set(error.getMessage()));
    }

    /** Saves a new article or an edit; {@code saved} hears its id, {@code refused} what to correct. */
    public void save(Article draft, Consumer<UUID> saved, Consumer<String> refused) {
        background.run(() -> knowledge.save(draft), article -> {
            show(article.id());
            saved.accept(article.id());
        }, error -> refused.accept(error.getMessage()));
    }

    public void review() {
        if (shown == null) {
            return;
        }
        UUID id = shown;
        background.run(() -> knowledge.review(id), article -> show(id), error -> problem.set(error.getMessage()));
    }

    /** An article written from a resolved fault's summary, to be read over in the editor. */
    public void draftFrom(UUID faultId, Consumer<Article> draft) {
        background.run(() -> knowledge.draftFrom(faultId), draft, error -> problem.set(error.getMessage()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
