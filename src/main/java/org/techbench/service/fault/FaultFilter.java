package org.techbench.service.fault;

import java.util.Set;
import java.util.UUID;
import org.techbench.domain.fault.FaultCategory;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.fault.Priority;

/** Which faults a list shows: empty sets and null ids leave that field unfiltered. */
public record FaultFilter(Set<FaultStatus> statuses, Set<Priority> priorities, FaultCategory category, UUID siteId,
                          UUID assigneeId, int limit) {

    public FaultFilter {
        statuses = Set.copyOf(statuses);
        priorities = Set.copyOf(priorities);
    }

    public static FaultFilter open(int limit) {
        return new FaultFilter(java.util.Arrays.stream(FaultStatus.values()).filter(FaultStatus::isOpen)
                .collect(java.util.stream.Collectors.toSet()), Set.of(), null, null, null, limit);
    }
}
