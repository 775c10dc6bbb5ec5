package org.techbench.ui.faults;

import java.util.EnumSet;
import java.util.Set;
import org.techbench.domain.fault.FaultStatus;

/** Which faults the list shows by their status: the open ones (the usual), the resolved and closed, or all. */
public enum FaultScope {
    OPEN, DONE, ALL;

    Set<FaultStatus> statuses() {
        return switch (this) {
            case OPEN -> EnumSet.of(FaultStatus.REPORTED, FaultStatus.ASSIGNED, FaultStatus.IN_PROGRESS, FaultStatus.ON_HOLD);
            case DONE -> EnumSet.of(FaultStatus.RESOLVED, FaultStatus.CLOSED, FaultStatus.CANCELLED);
            case ALL -> EnumSet.noneOf(FaultStatus.class);
        };
    }
}
