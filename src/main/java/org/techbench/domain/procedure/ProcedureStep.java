package org.techbench.domain.procedure;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The record of one step of a procedure run, in the order given ({@code stepNumber}); steps are only
 * ever added, and going back is a step of outcome BACK. {@code stepId} names the definition's step,
 * {@code answer} what was given there.
 */
public record ProcedureStep(UUID id, UUID siteId, UUID runId, int stepNumber, StepOutcome outcome, String note,
                            UUID technicianId, OffsetDateTime recordedAt, String stepId, String answer) {
}
