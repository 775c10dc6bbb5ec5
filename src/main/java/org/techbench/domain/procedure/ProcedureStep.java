package org.techbench.domain.procedure;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The record of one step of a procedure run; steps are only ever added. */
public record ProcedureStep(UUID id, UUID siteId, UUID runId, int stepNumber, StepOutcome outcome, String note,
                            UUID technicianId, OffsetDateTime recordedAt) {
}
