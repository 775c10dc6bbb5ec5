package org.techbench.service.knowledge;

import org.techbench.domain.fault.FaultCategory;
import org.techbench.store.KnowledgeDocument;

/** The Knowledge screen's and the command line's filters; null leaves one open. */
public record ArticleFilter(KnowledgeDocument.Kind kind, FaultCategory category, String model, String language,
                            boolean reviewedOnly) {

    public static final ArticleFilter NONE = new ArticleFilter(null, null, null, null, false);
}
