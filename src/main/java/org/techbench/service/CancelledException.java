package org.techbench.service;

/** Long work stopped because the user cancelled it. */
public final class CancelledException extends RuntimeException {
    public CancelledException(String message) {
        super(message);
    }
}
