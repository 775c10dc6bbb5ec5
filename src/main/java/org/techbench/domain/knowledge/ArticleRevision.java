package org.techbench.domain.knowledge;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An article's text as it was before an edit replaced it: kept, never changed. */
public record ArticleRevision(UUID id, UUID siteId, UUID articleId, int version, String title, String symptom,
                              String cause, String body, String author, OffsetDateTime editedAt) {
}
