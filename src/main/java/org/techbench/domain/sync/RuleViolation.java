package org.techbench.domain.sync;

import java.util.List;

/**
 * Why a rule refused a change, as a message key of the refusal texts and its arguments; an argument
 * that is itself a {@link Word} is put in the reader's language too.
 */
public record RuleViolation(String key, List<Object> arguments) {

    public RuleViolation(String key, Object... arguments) {
        this(key, List.of(arguments));
    }

    /** An argument that is a message key itself, such as the name of a status. */
    public record Word(String key) {
    }
}
