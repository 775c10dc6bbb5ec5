package org.techbench.domain.knowledge;

import java.util.UUID;
import org.techbench.domain.fault.FaultCategory;
import org.techbench.domain.fault.FaultSubcategory;

/** A knowledge-base article, curated or written from a resolved fault. */
public record Article(UUID id, UUID siteId, String title, String body, FaultCategory category,
                      FaultSubcategory subcategory, UUID sourceFaultId, String tags) {
}
