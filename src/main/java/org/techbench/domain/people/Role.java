package org.techbench.domain.people;

/** The roles of a support team (service manual ch.2). */
public enum Role {
    ENGINEER, SUPPORT_MANAGER, SERVICE_DESK, CONSULTANT
}
