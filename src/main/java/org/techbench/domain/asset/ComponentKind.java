package org.techbench.domain.asset;

/** The parts of an asset that are checked, replaced or upgraded (service manual 4.1-4.3). */
public enum ComponentKind {
    PSU, FAN, HEAT_SINK, MEMORY, DISK, MOTHERBOARD, GPU, CPU, NIC, OTHER
}
