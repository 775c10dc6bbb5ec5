package org.techbench.domain.fault;

/** How many open faults are near their SLA targets and how many are past them. */
public record SlaCounts(int near, int breached) {

    public int atRisk() {
        return near + breached;
    }
}
