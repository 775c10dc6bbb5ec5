package org.techbench.service.knowledge;

import java.util.List;

/** What a search found, and whether the query was cut to its first words because it was longer. */
public record KnowledgeAnswer(List<KnowledgeResult> results, boolean shortened) {
}
