package org.techbench.domain.site;

import java.time.Duration;

/** How fast a contract promises to respond to and resolve a fault of one priority. */
public record ServiceTarget(Duration response, Duration resolution) {
    public ServiceTarget {
        if (response.isNegative() || resolution.isNegative() || resolution.compareTo(response) < 0) {
            throw new IllegalArgumentException("resolution target must not be shorter than response target");
        }
    }

    /**
     * The targets a fault gets when its site has no contract in force: one hour to respond and four
     * to resolve at P1, doubling roughly with each step down.
     */
    public static ServiceTarget standard(org.techbench.domain.fault.Priority priority) {
        return switch (priority) {
            case P1 -> new ServiceTarget(Duration.ofHours(1), Duration.ofHours(4));
            case P2 -> new ServiceTarget(Duration.ofHours(2), Duration.ofHours(8));
            case P3 -> new ServiceTarget(Duration.ofHours(4), Duration.ofHours(24));
            case P4 -> new ServiceTarget(Duration.ofHours(8), Duration.ofHours(72));
        };
    }
}
