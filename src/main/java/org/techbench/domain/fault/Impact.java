package org.techbench.domain.fault;

/** How much of the customer's business a fault touches (service manual 3.2.2: severity and scope). */
public enum Impact {
    /** A whole site or a critical business service is down. */
    HIGH,
    /** A department or several users cannot work normally. */
    MEDIUM,
    /** One user or a non-critical function. */
    LOW
}
