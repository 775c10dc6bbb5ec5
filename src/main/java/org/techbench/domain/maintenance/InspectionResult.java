package org.techbench.domain.maintenance;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The answer to one checklist item during an inspection; results are never changed, only added. */
public record InspectionResult(UUID id, UUID siteId, UUID inspectionId, UUID itemId, CheckOutcome outcome,
                               BigDecimal reading, String textValue, String note, OffsetDateTime recordedAt) {
    public InspectionResult {
        reading = reading == null ? null : reading.stripTrailingZeros();
    }
}
