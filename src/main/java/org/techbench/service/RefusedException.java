package org.techbench.service;

/** A request the service refuses, with a message the user can act on. */
public final class RefusedException extends RuntimeException {
    public RefusedException(String message) {
        super(message);
    }
}
