package org.techbench.store;

import static org.techbench.schema.Tables.ARTICLE;

import java.util.List;
import org.techbench.domain.fault.FaultCategory;
import org.techbench.domain.knowledge.Article;
import org.techbench.replication.CapturingTransaction;

/** Knowledge-base articles. */
public final class KnowledgeRepository {

    private final Store store;

    public KnowledgeRepository(Store store) {
        this.store = store;
    }

    public void insertAll(CapturingTransaction tx, List<Article> articles) {
        tx.insert(articles.stream().map(a -> tx.row(ARTICLE, a)).toList());
    }

    public List<Article> byCategory(FaultCategory category) {
        return store.dsl().selectFrom(ARTICLE).where(ARTICLE.CATEGORY.eq(category.name())).and(ARTICLE.ARCHIVED.isFalse())
                .orderBy(ARTICLE.TITLE)
                .fetchInto(Article.class);
    }
}
