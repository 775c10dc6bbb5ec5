package org.techbench.domain.maintenance;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One periodic check of one asset against one version of a checklist; its outcome is PENDING
 * until it is finished and signed by the technician and the customer.
 */
public record Inspection(UUID id, UUID siteId, UUID assetId, UUID templateId, int templateVersion,
                         UUID technicianId, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                         CheckOutcome outcome, String signedBy, UUID signatureId, String customerName, String notes) {

    public boolean finished() {
        return finishedAt != null;
    }
}
