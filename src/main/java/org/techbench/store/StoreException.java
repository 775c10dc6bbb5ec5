package org.techbench.store;

import java.nio.file.Path;

/** A store that cannot be used, with the file or folder concerned and what the user can do. */
public final class StoreException extends RuntimeException {

    private final StoreProblem problem;
    private final Path path;

    public StoreException(StoreProblem problem, Path path, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.path = path;
    }

    public StoreProblem problem() {
        return problem;
    }

    public Path path() {
        return path;
    }
}
