package org.techbench.domain.maintenance;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One periodic check of one asset against one version of a checklist. */
public record Inspection(UUID id, UUID siteId, UUID assetId, UUID templateId, int templateVersion,
                         UUID technicianId, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                         CheckOutcome outcome, String signedBy, String notes) {
}
