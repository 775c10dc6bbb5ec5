package org.techbench.domain.procedure;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One time a technician follows a procedure, for an asset or a fault. */
public record ProcedureRun(UUID id, UUID siteId, String procedureCode, int procedureVersion, UUID assetId,
                           UUID faultId, UUID technicianId, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                           RunStatus status) {
}
