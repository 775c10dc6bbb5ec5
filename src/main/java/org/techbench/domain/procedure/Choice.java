package org.techbench.domain.procedure;

/** One answer a choice step offers, and the step it leads to (null: the step after). */
public record Choice(String value, LocalText text, String next) {
}
