package org.techbench.domain.site;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.techbench.domain.fault.Priority;

/** A service contract for a site: its term and the response and resolution targets per priority. */
public record Contract(
        UUID id,
        UUID siteId,
        String number,
        LocalDate startsOn,
        LocalDate endsOn,
        int freeSupportMonths,
        Map<Priority, ServiceTarget> targets) {

    public Contract {
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("contract ends before it starts");
        }
        if (!targets.keySet().containsAll(EnumSet.allOf(Priority.class))) {
            throw new IllegalArgumentException("contract needs a target for every priority");
        }
        targets = Map.copyOf(targets);
    }

    public ServiceTarget target(Priority priority) {
        return targets.get(priority);
    }

    /** True while the contract or its free-support period after the term covers the day. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn.plusMonths(freeSupportMonths));
    }
}
