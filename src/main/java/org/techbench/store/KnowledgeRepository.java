package org.techbench.store;

import static org.techbench.schema.Tables.ARTICLE;
import static org.techbench.schema.Tables.ARTICLE_REVISION;
import static org.techbench.schema.Tables.ARTICLE_USE;
import static org.techbench.schema.Tables.ASSET;
import static org.techbench.schema.Tables.FAULT;
import static org.techbench.schema.Tables.FAULT_EVENT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultEvent;
import org.techbench.domain.knowledge.Article;
import org.techbench.domain.knowledge.ArticleRevision;
import org.techbench.domain.knowledge.ArticleUse;
import org.techbench.replication.CapturingTransaction;

/** Knowledge-base articles, their earlier versions and uses, and what the search index reads of faults. */
public final class KnowledgeRepository {

    /** H2's own insertion order of a row: local, so synced journal entries are found by it too. */
    private static final Field<Long> EVENT_ROW = DSL.field("_ROWID_", Long.class);
    private static final int CHUNK = 500;

    private final Store store;

    public KnowledgeRepository(Store store) {
        this.store = store;
    }

    public void insertAll(CapturingTransaction tx, List<Article> articles) {
        tx.insert(articles.stream().map(a -> tx.row(ARTICLE, a)).toList());
    }

    public void insert(CapturingTransaction tx, Article article) {
        tx.insert(tx.row(ARTICLE, article));
        tx.audit("create", ARTICLE.getName(), article.id(), article.siteId(), "Article " + article.title());
    }

    public void update(CapturingTransaction tx, Article article) {
        List<String> changed = tx.updateFrom(tx.row(ARTICLE, article));
        if (!changed.isEmpty()) {
            tx.audit("update", ARTICLE.getName(), article.id(), article.siteId(),
                    "Article " + article.title() + ": " + String.join(", ", changed));
        }
    }

    public void appendRevision(CapturingTransaction tx, ArticleRevision revision) {
        tx.insert(tx.row(ARTICLE_REVISION, revision));
    }

    public void appendUse(CapturingTransaction tx, ArticleUse use) {
        tx.insert(tx.row(ARTICLE_USE, use));
    }

    public Optional<Article> find(UUID id) {
        return store.dsl().selectFrom(ARTICLE).where(ARTICLE.ID.eq(id)).fetchOptionalInto(Article.class);
    }

    /** The articles written or changed by the team (built-in ones unchanged are not in the store). */
    public List<Article> all() {
        return store.dsl().selectFrom(ARTICLE).where(ARTICLE.ARCHIVED.isFalse()).orderBy(ARTICLE.TITLE)
                .fetchInto(Article.class);
    }

    /** Every stored article's id and clock, archived ones too (they leave the index). */
    public Map<UUID, Long> articleClocks() {
        Map<UUID, Long> clocks = new HashMap<>();
        store.dsl().select(ARTICLE.ID, ARTICLE.HLC).from(ARTICLE).where(ARTICLE.ARCHIVED.isFalse())
                .forEach(row -> clocks.put(row.value1(), row.value2()));
        return clocks;
    }

    public List<ArticleRevision> revisions(UUID articleId) {
        return store.dsl().selectFrom(ARTICLE_REVISION).where(ARTICLE_REVISION.ARTICLE_ID.eq(articleId))
                .orderBy(ARTICLE_REVISION.VERSION.desc()).fetchInto(ArticleRevision.class);
    }

    public List<ArticleUse> uses(UUID articleId) {
        return store.dsl().selectFrom(ARTICLE_USE).where(ARTICLE_USE.ARTICLE_ID.eq(articleId))
                .orderBy(ARTICLE_USE.USED_AT.desc()).fetchInto(ArticleUse.class);
    }

    /** How often each article's solution was applied to a fault. */
    public Map<UUID, Integer> helpedCounts() {
        Map<UUID, Integer> counts = new HashMap<>();
        store.dsl().select(ARTICLE_USE.ARTICLE_ID, DSL.count()).from(ARTICLE_USE).groupBy(ARTICLE_USE.ARTICLE_ID)
                .forEach(row -> counts.put(row.value1(), row.value2()));
        return counts;
    }

    /** Faults an article was written from or applied to, newest first. */
    public List<Fault> faultsSolvedBy(UUID articleId) {
        return store.dsl().selectFrom(FAULT)
                .where(FAULT.ID.in(DSL.select(ARTICLE_USE.FAULT_ID).from(ARTICLE_USE).where(ARTICLE_USE.ARTICLE_ID.eq(articleId))))
                .or(FAULT.ID.eq(DSL.select(ARTICLE.SOURCE_FAULT_ID).from(ARTICLE).where(ARTICLE.ID.eq(articleId))))
                .orderBy(FAULT.REPORTED_AT.desc()).fetchInto(Fault.class);
    }

    /** Stored articles by id, for the results of a search. */
    public Map<UUID, Article> articles(Collection<UUID> ids) {
        Map<UUID, Article> found = new HashMap<>();
        if (!ids.isEmpty()) {
            store.dsl().selectFrom(ARTICLE).where(ARTICLE.ID.in(ids.stream().map(DSL::inline).toList()))
                    .fetchInto(Article.class).forEach(article -> found.put(article.id(), article));
        }
        return found;
    }

    /** Every fault's id and clock: compared with the index's to find the faults changed since. */
    public Map<UUID, Long> faultClocks() {
        Map<UUID, Long> clocks = HashMap.newHashMap(1024);
        store.dsl().select(FAULT.ID, FAULT.HLC).from(FAULT).forEach(row -> clocks.put(row.value1(), row.value2()));
        return clocks;
    }

    /** The newest journal entry's place in the store's own insertion order (0 when there is none). */
    public long lastEventRow() {
        Long last = store.dsl().select(DSL.max(EVENT_ROW)).from(FAULT_EVENT).fetchOne(0, Long.class);
        return last == null ? 0 : last;
    }

    /** Faults with journal entries stored after {@code row} in the store's insertion order, local or synced. */
    public List<UUID> faultsWithEntriesAfter(long row) {
        return store.dsl().selectDistinct(FAULT_EVENT.FAULT_ID).from(FAULT_EVENT).where(EVENT_ROW.gt(row))
                .fetch(FAULT_EVENT.FAULT_ID);
    }

    /** A fault as the index reads it: the row, its journal, and its asset's make and model. */
    public record FaultText(Fault fault, long clock, List<FaultEvent> journal, String assetModel) {
    }

    public List<FaultText> faultTexts(Collection<UUID> ids) {
        List<UUID> all = List.copyOf(ids);
        List<FaultText> texts = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            var literalIds = chunk.stream().map(DSL::inline).toList();
            Map<UUID, List<FaultEvent>> journals = new HashMap<>();
            store.dsl().selectFrom(FAULT_EVENT).where(FAULT_EVENT.FAULT_ID.in(literalIds))
                    .orderBy(FAULT_EVENT.HAPPENED_AT)
                    .fetchInto(FaultEvent.class)
                    .forEach(event -> journals.computeIfAbsent(event.faultId(), f -> new ArrayList<>()).add(event));
            store.dsl().select(FAULT.asterisk(), ASSET.MAKE, ASSET.MODEL).from(FAULT)
                    .leftJoin(ASSET).on(ASSET.ID.eq(FAULT.ASSET_ID))
                    .where(FAULT.ID.in(literalIds))
                    .forEach(row -> {
                        Fault fault = row.into(FAULT).into(Fault.class);
                        String model = row.get(ASSET.MODEL) == null ? null
                                : (nullToEmpty(row.get(ASSET.MAKE)) + " " + row.get(ASSET.MODEL)).strip();
                        texts.add(new FaultText(fault, row.get(FAULT.HLC), journals.getOrDefault(fault.id(), List.of()),
                                model));
                    });
        }
        return texts;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
