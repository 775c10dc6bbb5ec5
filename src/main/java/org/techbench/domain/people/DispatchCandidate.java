package org.techbench.domain.people;

/** A technician a fault could go to, with what the suggestion weighed: skill in its category and open faults held. */
public record DispatchCandidate(Technician technician, boolean skilled, int openFaults) {
}
