package org.techbench.store;

import static org.techbench.schema.Tables.ARTICLE;

import java.util.List;
import org.techbench.domain.fault.FaultCategory;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.knowledge.Article;
import org.techbench.replication.CapturingTransaction;
import org.techbench.schema.tables.records.ArticleRecord;

/** Knowledge-base articles. */
public final class KnowledgeRepository {

    private final Store store;

    public KnowledgeRepository(Store store) {
        this.store = store;
    }

    public void insertAll(CapturingTransaction tx, List<Article> articles) {
        tx.insert(articles.stream().map(KnowledgeRepository::toRecord).toList());
    }

    public List<Article> byCategory(FaultCategory category) {
        return store.dsl().selectFrom(ARTICLE).where(ARTICLE.CATEGORY.eq(category.name())).and(ARTICLE.ARCHIVED.isFalse())
                .orderBy(ARTICLE.TITLE)
                .fetch(r -> new Article(r.getId(), r.getSiteId(), r.getTitle(), r.getBody(),
                        FaultCategory.valueOf(r.getCategory()),
                        r.getSubcategory() == null ? null : FaultSubcategory.valueOf(r.getSubcategory()),
                        r.getSourceFaultId(), r.getTags()));
    }

    private static ArticleRecord toRecord(Article a) {
        ArticleRecord r = new ArticleRecord();
        r.setId(a.id());
        r.setSiteId(a.siteId());
        r.setTitle(a.title());
        r.setBody(a.body());
        r.setCategory(a.category().name());
        r.setSubcategory(a.subcategory() == null ? null : a.subcategory().name());
        r.setSourceFaultId(a.sourceFaultId());
        r.setTags(a.tags());
        r.setArchived(false);
        return r;
    }
}
