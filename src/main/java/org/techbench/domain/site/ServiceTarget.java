package org.techbench.domain.site;

import java.time.Duration;

/** How fast a contract promises to respond to and resolve a fault of one priority. */
public record ServiceTarget(Duration response, Duration resolution) {
    public ServiceTarget {
        if (response.isNegative() || resolution.isNegative() || resolution.compareTo(response) < 0) {
            throw new IllegalArgumentException("resolution target must not be shorter than response target");
        }
    }
}
