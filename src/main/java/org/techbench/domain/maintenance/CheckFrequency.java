package org.techbench.domain.maintenance;

import java.time.LocalDate;

/** How often a periodic check is due (service manual 4.1.1, 7.1.3). */
public enum CheckFrequency {
    DAILY(0, 1), WEEKLY(0, 7), MONTHLY(1, 0), QUARTERLY(3, 0), HALF_YEARLY(6, 0), YEARLY(12, 0);

    private final int months;
    private final int days;

    CheckFrequency(int months, int days) {
        this.months = months;
        this.days = days;
    }

    public int months() {
        return months;
    }

    public int days() {
        return days;
    }

    /** The day the next check is due after one done on {@code lastDone}; a month on from 31 January is the end of February. */
    public LocalDate nextDue(LocalDate lastDone) {
        return lastDone.plusMonths(months).plusDays(days);
    }
}
