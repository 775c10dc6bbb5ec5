package org.techbench.domain.fault;

/** The three fault categories of the service manual (3.1). */
public enum FaultCategory {
    HARDWARE, SOFTWARE, NETWORK
}
