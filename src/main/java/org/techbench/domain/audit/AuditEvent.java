package org.techbench.domain.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the audit trail as the Audit screen lists it: when, who, what was done, to which
 * kind of record ({@code subject}, its table) and which one, and a one-line summary.
 */
public record AuditEvent(UUID id, Instant at, UUID technicianId, String technician, String action, String subject,
                         UUID rowId, UUID assetId, String summary) {
}
