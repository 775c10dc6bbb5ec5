package org.techbench.service.asset;

import java.util.List;
import java.util.stream.Collectors;

/** Saving was refused because of these problems; nothing was written. */
public final class AssetInvalidException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public AssetInvalidException(List<FieldProblem> problems) {
        super("Not saved: " + problems.stream().map(p -> p.field().header() + " " + p.code())
                .collect(Collectors.joining(", ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
