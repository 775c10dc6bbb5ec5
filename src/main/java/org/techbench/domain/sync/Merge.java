package org.techbench.domain.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The merge of two states of one synced row, the same on laptop and hub: per field the write with
 * the higher (hlc, node) stamp wins, existence follows the higher causal length. It is
 * commutative, associative and idempotent, so replicas that have seen the same writes, in any
 * order and any number of times, hold the same row.
 */
public final class Merge {

    private Merge() {
    }

    /** The outcome: the merged state, the fields whose value changed locally, and the local edits that lost. */
    public record Result(RowState state, Set<String> changedFields, List<Conflict> conflicts) {
    }

    public static RowState states(RowState a, RowState b) {
        return apply(a, b, Set.of()).state();
    }

    /**
     * Applies {@code incoming} to {@code local} (null when this replica has never seen the row).
     * {@code pendingLocal} names the fields with local edits not yet acknowledged by the hub: when
     * one of them loses to an incoming write with another value, that is a conflict to show.
     */
    public static Result apply(RowState local, RowState incoming, Set<String> pendingLocal) {
        return apply(local, incoming, pendingLocal, Map.of(), null);
    }

    /**
     * Applies as above on the laptop {@code self}; {@code base} holds the stamps the incoming edit
     * was based on. When it replaces a value this laptop wrote and had synced, and its base is older
     * than that value, its author never saw the value it overwrote: a conflict to show here too,
     * so that no synced edit is overwritten without a trace.
     */
    public static Result apply(RowState local, RowState incoming, Set<String> pendingLocal, Map<String, Stamp> base,
                               String self) {
        if (local == null) {
            return new Result(incoming, new TreeSet<>(incoming.fields().keySet()), List.of());
        }
        Map<String, Versioned> merged = new HashMap<>(local.fields());
        Set<String> changed = new TreeSet<>();
        List<Conflict> conflicts = new ArrayList<>();
        incoming.fields().forEach((field, theirs) -> {
            Versioned mine = local.fields().get(field);
            Versioned winner = Versioned.later(mine, theirs);
            if (winner == theirs && mine != theirs && !theirs.equals(mine)) {
                merged.put(field, theirs);
                if (mine == null || !Objects.equals(mine.value(), theirs.value())) {
                    changed.add(field);
                    if (mine != null && (pendingLocal.contains(field) || overwroteUnseen(mine, base.get(field), self))) {
                        conflicts.add(new Conflict(field, mine, theirs));
                    }
                }
            }
        });
        int causalLength = Math.max(local.causalLength(), incoming.causalLength());
        return new Result(new RowState(merged, causalLength), changed, List.copyOf(conflicts));
    }

    /** Whether an edit based on {@code base} replaced this laptop's own value without having seen it. */
    private static boolean overwroteUnseen(Versioned mine, Stamp base, String self) {
        return self != null && base != null && mine.stamp().node().equals(self) && mine.stamp().isAfter(base);
    }
}
