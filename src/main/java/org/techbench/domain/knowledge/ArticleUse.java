package org.techbench.domain.knowledge;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A time an article's solution was applied to a fault: what makes an article rank as one that helps. */
public record ArticleUse(UUID id, UUID siteId, UUID articleId, UUID faultId, UUID technicianId, OffsetDateTime usedAt) {
}
