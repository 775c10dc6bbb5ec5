package org.techbench.service.demo;

import java.time.LocalDate;

/** How much demo data to make, from which seed, and around which day. */
public record DemoDataOptions(int sites, int assets, int faults, long seed, LocalDate today) {
    public DemoDataOptions {
        if (sites < 1 || sites > 10_000) {
            throw new IllegalArgumentException("--sites must be between 1 and 10000");
        }
        if (assets < 0 || assets > 2_000_000) {
            throw new IllegalArgumentException("--assets must be between 0 and 2000000");
        }
        if (faults < 0 || faults > 2_000_000) {
            throw new IllegalArgumentException("--faults must be between 0 and 2000000");
        }
    }
}
