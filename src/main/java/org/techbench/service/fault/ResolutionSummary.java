package org.techbench.service.fault;

/** The summary a fault needs to be resolved (service manual 3.3.4). */
public record ResolutionSummary(String rootCause, String resolution, String lessons, String prevention) {
}
