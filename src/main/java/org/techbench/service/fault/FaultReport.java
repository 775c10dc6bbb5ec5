package org.techbench.service.fault;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.fault.Impact;
import org.techbench.domain.fault.Priority;
import org.techbench.domain.fault.Urgency;

/**
 * What a technician writes down when a fault is reported (service manual 3.2.1). The asset is
 * optional, as a fault can be about a site or a service; {@code priority} overrides the matrix
 * when given, and then needs a reason.
 */
public record FaultReport(UUID siteId, UUID assetId, FaultSubcategory subcategory, String symptom,
                          OffsetDateTime occurredAt, String place, String reporterName, String reporterContact,
                          String businessImpact, Impact impact, Urgency urgency, Priority priority,
                          String priorityReason, Integer usersAffected) {
}
