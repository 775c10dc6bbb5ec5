package org.techbench.store;

import java.util.List;
import java.util.UUID;

/** A result of the knowledge index: what it is, how well its words matched, and which of the query's words it holds. */
public record KnowledgeHit(UUID id, KnowledgeDocument.Kind kind, float score, List<String> matchedWords,
                           String category, String language, List<String> models, List<String> componentKinds,
                           boolean reviewed, boolean resolvedWithSummary, long happenedAtMillis) {
}
