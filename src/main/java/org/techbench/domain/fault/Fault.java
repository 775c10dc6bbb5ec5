package org.techbench.domain.fault;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A reported fault with the report fields of the service manual (3.2.1) and its resolution. */
public record Fault(
        UUID id,
        UUID siteId,
        UUID assetId,
        String number,
        FaultCategory category,
        FaultSubcategory subcategory,
        String symptom,
        OffsetDateTime occurredAt,
        String place,
        String reporterName,
        String reporterContact,
        String businessImpact,
        Impact impact,
        Urgency urgency,
        Priority priority,
        FaultStatus status,
        UUID assigneeId,
        OffsetDateTime reportedAt,
        OffsetDateTime respondedAt,
        OffsetDateTime resolvedAt,
        OffsetDateTime closedAt,
        String rootCause,
        String resolution,
        String lessons,
        String prevention,
        Integer satisfaction,
        String satisfactionComment,
        Integer usersAffected) {

    public Fault {
        if (subcategory.category() != category) {
            throw new IllegalArgumentException(subcategory + " is not a " + category + " fault");
        }
        if (satisfaction != null && (satisfaction < 1 || satisfaction > 5)) {
            throw new IllegalArgumentException("satisfaction is rated 1 to 5");
        }
        if (usersAffected != null && usersAffected < 0) {
            throw new IllegalArgumentException("users affected cannot be negative");
        }
    }
}
