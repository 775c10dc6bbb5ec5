package org.techbench.domain.people;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.techbench.domain.fault.FaultCategory;

/**
 * Orders the technicians a fault may go to, best first: those skilled in its category before the
 * rest, then whoever holds the fewest open faults, then by name so the order is stable.
 */
public final class DispatchRanking {

    private DispatchRanking() {
    }

    public static List<DispatchCandidate> rank(FaultCategory category, List<Technician> technicians,
                                               Map<UUID, Integer> openFaults) {
        return technicians.stream().filter(t -> !t.archived())
                .map(t -> new DispatchCandidate(t, t.skills().contains(category), openFaults.getOrDefault(t.id(), 0)))
                .sorted(Comparator.comparing((DispatchCandidate c) -> !c.skilled())
                        .thenComparingInt(DispatchCandidate::openFaults)
                        .thenComparing(c -> c.technician().name()))
                .toList();
    }
}
