package org.techbench.domain.knowledge;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.techbench.domain.fault.FaultCategory;
import org.techbench.domain.fault.FaultSubcategory;

/**
 * A knowledge-base article, curated or written from a resolved fault: a symptom, its cause and the
 * solution's steps ({@code body}, one step a line), for a category, the makes and models
 * ({@code models}, one a line) and component kinds ({@code componentKinds}, comma-separated) it
 * applies to, in one language ({@code en} or {@code zh}). Reviewed once a support manager has
 * read it ({@code reviewedBy}).
 */
public record Article(UUID id, UUID siteId, String title, String body, FaultCategory category,
                      FaultSubcategory subcategory, UUID sourceFaultId, String tags, String symptom, String cause,
                      String language, String models, String componentKinds, String author, int version,
                      String reviewedBy, OffsetDateTime updatedAt) {

    /** The solution's steps, one per non-blank line of the body. */
    public java.util.List<String> steps() {
        return body == null ? java.util.List.of() : body.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public boolean reviewed() {
        return reviewedBy != null && !reviewedBy.isBlank();
    }

    /** The same article with another body of text, one version later. */
    public Article edited(String newTitle, String newSymptom, String newCause, String newBody, String editor,
                          OffsetDateTime at) {
        return new Article(id, siteId, newTitle, newBody, category, subcategory, sourceFaultId, tags, newSymptom, newCause,
                language, models, componentKinds, editor, version + 1, reviewedBy, at);
    }

    public Article withReviewer(String reviewer) {
        return new Article(id, siteId, title, body, category, subcategory, sourceFaultId, tags, symptom, cause, language,
                models, componentKinds, author, version, reviewer, updatedAt);
    }
}
