package org.techbench.domain.fault;

import java.util.EnumSet;
import java.util.Set;

/** The life cycle of a fault, from report to the user's confirmation (service manual ch.1 and 3). */
public enum FaultStatus {
    REPORTED, ASSIGNED, IN_PROGRESS, ON_HOLD, RESOLVED, CLOSED, CANCELLED;

    /** The statuses a fault in this status may move to next. */
    public Set<FaultStatus> next() {
        return switch (this) {
            case REPORTED -> EnumSet.of(ASSIGNED, IN_PROGRESS, CANCELLED);
            case ASSIGNED -> EnumSet.of(IN_PROGRESS, ASSIGNED, ON_HOLD, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(ON_HOLD, RESOLVED, ASSIGNED);
            case ON_HOLD -> EnumSet.of(IN_PROGRESS, CANCELLED);
            // The user may find the fault is not gone: it goes back to work.
            case RESOLVED -> EnumSet.of(CLOSED, IN_PROGRESS);
            case CLOSED, CANCELLED -> EnumSet.noneOf(FaultStatus.class);
        };
    }

    public boolean canMoveTo(FaultStatus target) {
        return next().contains(target);
    }

    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED && this != CANCELLED;
    }
}
