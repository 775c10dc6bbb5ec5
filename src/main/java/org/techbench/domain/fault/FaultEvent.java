package org.techbench.domain.fault;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of a fault's append-only journal. */
public record FaultEvent(UUID id, UUID siteId, UUID faultId, FaultEventKind kind, String body,
                         UUID technicianId, OffsetDateTime happenedAt) {
}
