package org.techbench.domain.sync;

import java.util.List;
import java.util.UUID;

/**
 * The hub's answer to one pushed mutation. A duplicate is answered with the first answer's
 * reason, lost fields and merged rows, so a push repeated after a cut connection learns the same outcome.
 */
public record MutationAnswer(UUID mutationId, Status status, String reason, List<LostField> lost, List<MergedRow> merged) {

    /** What became of the mutation. */
    public enum Status { APPLIED, DUPLICATE, REFUSED }

    public MutationAnswer {
        lost = lost == null ? List.of() : List.copyOf(lost);
        merged = merged == null ? List.of() : List.copyOf(merged);
    }

    public MutationAnswer(UUID mutationId, Status status, String reason, List<LostField> lost) {
        this(mutationId, status, reason, lost, List.of());
    }

    /** True when the hub holds the mutation's effect: the outbox entries can go. */
    public boolean accepted() {
        return status != Status.REFUSED;
    }
}
