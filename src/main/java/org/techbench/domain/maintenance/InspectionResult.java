package org.techbench.domain.maintenance;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An answer to one checklist item during an inspection. Results are never changed, only added:
 * a corrected answer is a newer result for the same item, and the newest one counts.
 */
public record InspectionResult(UUID id, UUID siteId, UUID inspectionId, UUID itemId, UUID componentId,
                               CheckOutcome outcome, BigDecimal reading, String textValue, String note,
                               OffsetDateTime recordedAt) {
    public InspectionResult {
        reading = reading == null ? null : reading.stripTrailingZeros();
    }
}
