package org.techbench.service;

import org.techbench.i18n.Texts;

/** A request the service refuses, with a message the user can act on. */
public final class RefusedException extends RuntimeException {
    public RefusedException(String message) {
        super(message);
    }

    /** A refusal worded by {@code key} of the refusal texts in the language they speak. */
    public RefusedException(Texts refusals, String key, Object... arguments) {
        this(refusals.get(key, arguments));
    }
}
