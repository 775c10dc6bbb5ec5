package org.techbench.store;

import java.util.List;
import java.util.UUID;

/**
 * One searchable thing of the knowledge base, an article or a past fault, as the index holds it:
 * {@code head} is its title and symptom (weighed more), {@code text} everything else worth finding
 * (cause, solution, journal, summary); {@code clock} is the stored row's clock, to see later
 * whether the index is behind.
 */
public record KnowledgeDocument(UUID id, Kind kind, String head, String text, String category, String language,
                                List<String> models, List<String> componentKinds, boolean reviewed,
                                boolean resolvedWithSummary, long happenedAtMillis, long clock) {

    /** Articles and past faults are searched together and told apart by this. */
    public enum Kind {
        ARTICLE, FAULT
    }
}
