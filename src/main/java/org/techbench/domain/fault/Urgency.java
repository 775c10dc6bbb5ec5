package org.techbench.domain.fault;

/** How soon the business needs the fault fixed. */
public enum Urgency {
    HIGH, MEDIUM, LOW
}
