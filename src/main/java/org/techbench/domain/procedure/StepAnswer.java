package org.techbench.domain.procedure;

/** What a technician gave at one step: "done", "yes", "pass"/"fail", a number, a choice's value, a text, a name. */
public record StepAnswer(String stepId, String value, String note) {
}
