package org.techbench.service.procedure;

import java.time.OffsetDateTime;
import java.util.List;
import org.techbench.domain.attachment.Attachment;
import org.techbench.domain.procedure.StepOutcome;

/**
 * One recorded step of a run, as its record shows it: which step, what was answered (a choice's
 * own words, not its code), the note, who and when, and a photo when the step took one.
 */
public record RecordedStep(int number, String stepId, String question, StepOutcome outcome, String answer, String note,
                           String technician, OffsetDateTime recordedAt, List<Attachment> files) {
}
