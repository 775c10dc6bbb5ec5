package org.techbench.service.knowledge;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultEvent;
import org.techbench.domain.fault.FaultEventKind;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.knowledge.Article;
import org.techbench.domain.knowledge.ArticleRevision;
import org.techbench.domain.knowledge.ArticleUse;
import org.techbench.domain.knowledge.FaultComponents;
import org.techbench.domain.knowledge.Ranking;
import org.techbench.domain.people.Role;
import org.techbench.domain.people.Technician;
import org.techbench.i18n.Texts;
import org.techbench.replication.Ids;
import org.techbench.service.ChangeEvents;
import org.techbench.service.Progress;
import org.techbench.service.RefusedException;
import org.techbench.store.AssetRepository;
import org.techbench.store.FaultRepository;
import org.techbench.store.KnowledgeAnalysis;
import org.techbench.store.KnowledgeDocument;
import org.techbench.store.KnowledgeHit;
import org.techbench.store.KnowledgeIndex;
import org.techbench.store.KnowledgeQuery;
import org.techbench.store.KnowledgeRepository;
import org.techbench.store.Store;

/**
 * The knowledge base: articles (built in, and the team's, with versions and a manager's review),
 * an article from a resolved fault, full-text search over articles and past faults, suggestions
 * while a symptom is typed, and applying a known fix to a fault's journal.
 */
public final class KnowledgeService implements AutoCloseable {

    /** Suggestions shown while a symptom is typed. */
    public static final int SUGGESTIONS = 5;
    private static final int CANDIDATES = 30;
    private static final int LONGEST_QUERY = 4_000;

    private final Store store;
    private final KnowledgeRepository articles;
    private final FaultRepository faults;
    private final AssetRepository assets;
    private final Supplier<Technician> technician;
    private final Clock clock;
    private final Supplier<Texts> refusals;
    private final Supplier<KnowledgeIndex> opening;
    private BuiltInArticles builtIns;
    private KnowledgeIndex index;
    private KnowledgeIndexer indexer;
    private boolean closed;

    public KnowledgeService(Store store, KnowledgeRepository articles, FaultRepository faults, AssetRepository assets,
                            Supplier<KnowledgeIndex> index, Supplier<Technician> technician, Clock clock,
                            Supplier<Texts> refusals) {
        this.store = store;
        this.articles = articles;
        this.faults = faults;
        this.assets = assets;
        this.technician = technician;
        this.clock = clock;
        this.refusals = refusals;
        this.opening = index;
    }

    /**
     * The library and the index, opened on first use: a command that never searches does not pay
     * for them (half a second each on a cold start).
     */
    private synchronized BuiltInArticles builtIns() {
        if (builtIns == null) {
            builtIns = BuiltInArticles.load();
        }
        return builtIns;
    }

    private synchronized KnowledgeIndexer indexer() {
        if (closed) {
            throw new IllegalStateException("The knowledge base is closed");
        }
        if (indexer == null) {
            index = opening.get();
            indexer = new KnowledgeIndexer(index, articles, builtIns());
        }
        return indexer;
    }

    private KnowledgeIndex index() {
        indexer();
        return index;
    }

    /**
     * Keeps the index following every change from now on, starting with what it missed: what the
     * window does. The command line catches up only when it searches.
     */
    public void follow(ChangeEvents changes) {
        indexer().follow(changes);
    }

    /** Brings the index level with the store before returning (the command line, tests, a rebuild with progress). */
    public int catchUp(Progress progress) {
        return indexer().catchUp(progress);
    }

    /** Why the index was rebuilt when it was opened (missing, damaged, another version), or null. */
    public KnowledgeIndex.Rebuilt indexRebuiltBecause() {
        return index().rebuiltBecause();
    }

    public boolean indexReady() {
        return indexer().caughtUp();
    }

    // ---- articles

    /** Articles by the filter, reviewed and helpful first (the Knowledge screen with no words typed). */
    public List<Article> articles(ArticleFilter filter) {
        Map<UUID, Integer> helped = articles.helpedCounts();
        return indexer().currentArticles().values().stream()
                .filter(a -> filter.category() == null || a.category() == filter.category())
                .filter(a -> filter.language() == null || filter.language().equals(a.language()))
                .filter(a -> !filter.reviewedOnly() || a.reviewed())
                .filter(a -> filter.model() == null || filter.model().isBlank() || models(a).contains(
                        KnowledgeAnalysis.normalise(filter.model()).strip()))
                .sorted(Comparator.comparing((Article a) -> !a.reviewed())
                        .thenComparing(a -> -helped.getOrDefault(a.id(), 0))
                        .thenComparing(Article::title))
                .toList();
    }

    public ArticleDetail detail(UUID articleId) {
        Article article = find(articleId);
        return new ArticleDetail(article, articles.helpedCounts().getOrDefault(articleId, 0),
                articles.faultsSolvedBy(articleId), articles.revisions(articleId));
    }

    /** An article by id, or a refusal that names it. */
    public Article find(UUID articleId) {
        return articles.find(articleId).or(() -> Optional.ofNullable(builtIns().find(articleId)))
                .orElseThrow(() -> refused("kb.noArticle", articleId));
    }

    /** The code of a built-in article's topic, or null. */
    public String builtInCode(UUID articleId) {
        return builtIns().codeOf(articleId);
    }

    /**
     * An article made from a resolved fault, not yet saved: its symptom, root cause, what was done
     * and the prevention, to be read over and saved with {@link #save}.
     */
    public Article draftFrom(UUID faultId) {
        Fault fault = faults.find(faultId).orElseThrow(() -> refused("kb.noFault"));
        if (fault.status() != FaultStatus.RESOLVED && fault.status() != FaultStatus.CLOSED) {
            throw refused("kb.faultNotResolved", fault.number());
        }
        List<String> steps = new ArrayList<>(fault.resolution() == null ? List.of() : fault.resolution().lines()
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
        if (fault.prevention() != null && !fault.prevention().isBlank()) {
            steps.add(refusals.get().get("kb.prevention", fault.prevention().strip()));
        }
        String model = fault.assetId() == null ? "" : assets.find(fault.assetId()).map(KnowledgeService::modelOf).orElse("");
        String title = fault.symptom().lines().findFirst().orElse(fault.symptom());
        return new Article(null, null, title.length() > 120 ? title.substring(0, 120) : title, String.join("\n", steps),
                fault.category(), fault.subcategory(), fault.id(), null, fault.symptom(),
                fault.rootCause() == null ? "" : fault.rootCause(), languageOf(fault.symptom()), model,
                FaultComponents.of(fault.subcategory()).stream().map(Enum::name).collect(Collectors.joining(",")),
                technician.get().name(), 1, null, null);
    }

    /**
     * Saves a new article (no id yet) or an edit of one, keeping the version it replaces. An article
     * needs a title, a symptom and at least one step of solution.
     */
    public Article save(Article draft) {
        if (blank(draft.title())) {
            throw refused("kb.noTitle");
        }
        if (blank(draft.symptom())) {
            throw refused("kb.noSymptom");
        }
        if (draft.steps().isEmpty()) {
            throw refused("kb.noSolution");
        }
        if (draft.category() == null) {
            throw refused("kb.noCategory");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String editor = technician.get().name();
        Article saved = store.write(technician.get().id(), tx -> {
            if (draft.id() == null) {
                Article created = new Article(Ids.next(), null, draft.title().strip(), draft.body().strip(),
                        draft.category(), draft.subcategory(), draft.sourceFaultId(), draft.tags(), draft.symptom().strip(),
                        nullToEmpty(draft.cause()).strip(), draft.language() == null ? "en" : draft.language(),
                        nullToEmpty(draft.models()), nullToEmpty(draft.componentKinds()), editor, 1, null, now);
                articles.insert(tx, created);
                return created;
            }
            var stored = articles.find(draft.id());
            Article before = stored.orElseGet(() -> builtIns().find(draft.id()));
            if (before == null) {
                throw refused("kb.noArticle", draft.id());
            }
            articles.appendRevision(tx, new ArticleRevision(Ids.next(), null, before.id(), before.version(), before.title(),
                    nullToEmpty(before.symptom()), nullToEmpty(before.cause()), before.body(), before.author(),
                    before.updatedAt() == null ? now : before.updatedAt()));
            Article edited = new Article(before.id(), null, draft.title().strip(), draft.body().strip(), draft.category(),
                    draft.subcategory(), before.sourceFaultId(), draft.tags(), draft.symptom().strip(),
                    nullToEmpty(draft.cause()).strip(), draft.language(), nullToEmpty(draft.models()),
                    nullToEmpty(draft.componentKinds()), editor, before.version() + 1, before.reviewedBy(), now);
            if (stored.isPresent()) {
                articles.update(tx, edited);
            } else {
                articles.insert(tx, edited);
            }
            return edited;
        });
        return saved;
    }

    /** Marks an article reviewed; only a support manager may. */
    public Article review(UUID articleId) {
        Technician me = technician.get();
        if (me.role() != Role.SUPPORT_MANAGER) {
            throw refused("kb.reviewNeedsManager");
        }
        Article article = find(articleId);
        if (builtIns().contains(articleId) && articles.find(articleId).isEmpty()) {
            return article;
        }
        Article reviewed = article.withReviewer(me.name());
        store.write(me.id(), tx -> {
            articles.update(tx, reviewed);
            return null;
        });
        return reviewed;
    }

    /**
     * Copies an article's solution into a fault's journal as an action to try, and records that the
     * article was used on it, in one transaction.
     */
    public FaultEvent apply(UUID faultId, UUID articleId) {
        Fault fault = faults.find(faultId).orElseThrow(() -> refused("kb.noFault"));
        Article article = find(articleId);
        List<String> steps = article.steps();
        if (steps.isEmpty()) {
            throw refused("kb.noSolution");
        }
        String body = refusals.get().get("kb.applied", article.title()) + "\n" + IntStream.range(0, steps.size())
                .mapToObj(i -> (i + 1) + ". " + steps.get(i)).collect(Collectors.joining("\n"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID me = technician.get().id();
        FaultEvent entry = new FaultEvent(Ids.next(), fault.siteId(), fault.id(), FaultEventKind.ACTION, body, me, now);
        store.write(me, tx -> {
            faults.appendEvents(tx, List.of(entry));
            articles.appendUse(tx, new ArticleUse(Ids.next(), null, articleId, faultId, me, now));
            return null;
        });
        return entry;
    }

    /**
     * Copies what fixed a past fault into another fault's journal as an action to try: the team's
     * own fix for the same symptom.
     */
    public FaultEvent applyPastFix(UUID faultId, UUID pastFaultId) {
        Fault fault = faults.find(faultId).orElseThrow(() -> refused("kb.noFault"));
        Fault past = faults.find(pastFaultId).orElseThrow(() -> refused("kb.noFault"));
        if (blank(past.resolution())) {
            throw refused("kb.pastFaultUnresolved", past.number());
        }
        String body = refusals.get().get("kb.appliedPast", past.number()) + "\n" + past.resolution().strip()
                + (blank(past.rootCause()) ? "" : "\n" + refusals.get().get("kb.pastCause", past.rootCause().strip()));
        UUID me = technician.get().id();
        FaultEvent entry = new FaultEvent(Ids.next(), fault.siteId(), fault.id(), FaultEventKind.ACTION, body, me,
                OffsetDateTime.now(clock));
        store.write(me, tx -> {
            faults.appendEvents(tx, List.of(entry));
            return null;
        });
        return entry;
    }

    /** Applies a search result to a fault: an article's steps, or a past fault's fix. */
    public FaultEvent apply(UUID faultId, KnowledgeResult result) {
        return result.article() ? apply(faultId, result.id()) : applyPastFix(faultId, result.id());
    }

    // ---- search

    /** Searches articles and past faults; an empty query, or one of only punctuation, is refused with a message. */
    public KnowledgeAnswer search(String text, ArticleFilter filter, int limit) {
        if (blank(text)) {
            throw refused("kb.emptyQuery");
        }
        String query = text.length() > LONGEST_QUERY ? text.substring(0, LONGEST_QUERY) : text;
        List<String> words = index().words(query);
        if (words.isEmpty()) {
            throw refused("kb.noWords");
        }
        List<KnowledgeHit> hits = index().search(new KnowledgeQuery(query, filter.kind(),
                filter.category() == null ? null : filter.category().name(), filter.model(), filter.language(),
                filter.reviewedOnly(), Math.max(limit, CANDIDATES)));
        return new KnowledgeAnswer(rank(hits, query, null, limit),
                words.size() >= KnowledgeIndex.MOST_WORDS || text.length() > LONGEST_QUERY);
    }

    /** The most similar past faults and articles for a symptom being typed; nothing for too few words. */
    public List<KnowledgeResult> suggest(SuggestionContext context) {
        if (blank(context.symptom())) {
            return List.of();
        }
        String query = context.symptom().length() > LONGEST_QUERY ? context.symptom().substring(0, LONGEST_QUERY)
                : context.symptom();
        List<KnowledgeHit> hits = index().search(KnowledgeQuery.words(query, CANDIDATES));
        return rank(hits.stream().filter(h -> !h.id().equals(context.faultId())).toList(), query, context, SUGGESTIONS);
    }

    private List<KnowledgeResult> rank(List<KnowledgeHit> hits, String query, SuggestionContext context, int limit) {
        if (hits.isEmpty()) {
            return List.of();
        }
        float best = hits.stream().map(KnowledgeHit::score).max(Float::compare).orElse(1f);
        String model = context == null || context.assetId() == null ? null
                : assets.find(context.assetId()).map(a -> KnowledgeAnalysis.normalise(modelOf(a)).strip()).orElse(null);
        Set<String> components = context == null ? Set.of() : FaultComponents.of(context.subcategory()).stream()
                .map(Enum::name).collect(Collectors.toSet());
        String category = context == null || context.subcategory() == null ? null
                : context.subcategory().category().name();
        String language = languageOf(query);
        Map<UUID, Integer> helped = articles.helpedCounts();
        long now = clock.millis();
        record Ranked(KnowledgeHit hit, Ranking.Scored scored) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (KnowledgeHit hit : hits) {
            boolean article = hit.kind() == KnowledgeDocument.Kind.ARTICLE;
            var facts = new Ranking.Facts(model != null && !model.isEmpty() && hit.models().contains(model),
                    hit.componentKinds().stream().anyMatch(components::contains),
                    category != null && category.equals(hit.category()), article && hit.reviewed(),
                    helped.getOrDefault(hit.id(), 0), !article && hit.resolvedWithSummary(),
                    hit.happenedAtMillis() <= 0 ? -1 : Duration.ofMillis(now - hit.happenedAtMillis()).toDays());
            double text = hit.score() / best;
            if (article && language.equals(hit.language())) {
                text *= 1.1;
            }
            ranked.add(new Ranked(hit, Ranking.score(text, facts)));
        }
        ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.scored().score()));
        Set<String> topics = new HashSet<>();
        List<KnowledgeHit> kept = new ArrayList<>();
        List<Ranking.Scored> scores = new ArrayList<>();
        for (Ranked r : ranked) {
            String topic = builtIns().codeOf(r.hit().id());
            if (topic != null && !topics.add(topic)) {
                continue;
            }
            kept.add(r.hit());
            scores.add(r.scored());
        }
        List<KnowledgeResult> described = describe(kept, scores, helped);
        return described.size() > limit ? List.copyOf(described.subList(0, limit)) : described;
    }

    private List<KnowledgeResult> describe(List<KnowledgeHit> hits, List<Ranking.Scored> scores, Map<UUID, Integer> helped) {
        List<UUID> faultIds = hits.stream().filter(h -> h.kind() == KnowledgeDocument.Kind.FAULT).map(KnowledgeHit::id).toList();
        Map<UUID, Fault> faultsById = faults.findAll(faultIds);
        Map<UUID, Article> articlesById = articles.articles(hits.stream()
                .filter(h -> h.kind() == KnowledgeDocument.Kind.ARTICLE).map(KnowledgeHit::id).toList());
        List<KnowledgeResult> results = new ArrayList<>();
        Set<String> fixesShown = new HashSet<>();
        for (int i = 0; i < hits.size(); i++) {
            KnowledgeHit hit = hits.get(i);
            if (hit.kind() == KnowledgeDocument.Kind.FAULT) {
                Fault fault = faultsById.get(hit.id());
                // The same symptom fixed the same way many times is one suggestion: its best-ranked fault.
                if (fault != null && fixesShown.add(fault.symptom() + "\n" + fault.resolution())) {
                    results.add(new KnowledgeResult(hit.id(), hit.kind(), fault.number() + "  " + fault.symptom(),
                            fault.resolution() != null ? fault.resolution() : nullToEmpty(fault.rootCause()), null,
                            scores.get(i).score(), hit.matchedWords(), scores.get(i).reasons(), 0));
                }
            } else {
                Article article = articlesById.getOrDefault(hit.id(), builtIns().find(hit.id()));
                if (article != null) {
                    results.add(new KnowledgeResult(hit.id(), hit.kind(), article.title(),
                            article.steps().isEmpty() ? "" : article.steps().getFirst(), article.language(),
                            scores.get(i).score(), hit.matchedWords(), scores.get(i).reasons(),
                            helped.getOrDefault(hit.id(), 0)));
                }
            }
        }
        return results;
    }

    private static Set<String> models(Article article) {
        return article.models() == null ? Set.of() : article.models().lines()
                .map(line -> KnowledgeAnalysis.normalise(line).strip()).collect(Collectors.toSet());
    }

    private static String modelOf(Asset asset) {
        return (nullToEmpty(asset.make()) + " " + nullToEmpty(asset.model())).strip();
    }

    /** zh when the text holds Chinese characters, en otherwise. */
    static String languageOf(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? "zh" : "en";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private RefusedException refused(String key, Object... arguments) {
        return new RefusedException(refusals.get(), key, arguments);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (indexer != null) {
            indexer.close();
        }
    }
}
