package org.techbench.ui.faults;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.techbench.domain.fault.FaultStatus;

/** Which faults the list shows by their status: the open ones (the usual), the resolved and closed, or all. */
public enum FaultScope {
    OPEN, DONE, ALL;

    /** The statuses in scope; none means every status. */
    Set<FaultStatus> statuses() {
        return switch (this) {
            case OPEN -> Arrays.stream(FaultStatus.values()).filter(FaultStatus::isOpen).collect(Collectors.toSet());
            case DONE -> Arrays.stream(FaultStatus.values()).filter(s -> !s.isOpen()).collect(Collectors.toSet());
            case ALL -> Set.of();
        };
    }
}
