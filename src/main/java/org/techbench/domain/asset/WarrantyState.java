package org.techbench.domain.asset;

import java.time.LocalDate;

/** Where an asset's warranty stands on a given day. */
public enum WarrantyState {
    UNKNOWN, VALID, EXPIRING, EXPIRED;

    /** Warranties ending within this many days count as expiring. */
    public static final int EXPIRING_WITHIN_DAYS = 90;

    public static WarrantyState of(LocalDate endsOn, LocalDate today) {
        if (endsOn == null) {
            return UNKNOWN;
        }
        if (endsOn.isBefore(today)) {
            return EXPIRED;
        }
        return endsOn.isAfter(today.plusDays(EXPIRING_WITHIN_DAYS)) ? VALID : EXPIRING;
    }
}
