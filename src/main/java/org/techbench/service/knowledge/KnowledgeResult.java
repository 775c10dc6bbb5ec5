package org.techbench.service.knowledge;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.techbench.domain.knowledge.MatchReason;
import org.techbench.store.KnowledgeDocument;

/**
 * One search result or suggestion: an article or a past fault, with its title (a fault's number and
 * symptom), a line of what fixed it, and why it was matched (the query's words it holds and the
 * reasons that raised it).
 */
public record KnowledgeResult(UUID id, KnowledgeDocument.Kind kind, String title, String fix, String language,
                              double score, List<String> matchedWords, Set<MatchReason> reasons, int helped) {

    public boolean article() {
        return kind == KnowledgeDocument.Kind.ARTICLE;
    }
}
