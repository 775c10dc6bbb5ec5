package org.techbench.domain.maintenance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How a template's checks fall due: counted from when each was last done, or on fixed calendar dates. */
public enum Scheduling {
    /** Next due one period after the check was done, early or late. */
    FLOATING,
    /**
     * Due on the first day of each calendar period (month, quarter from January, half year, year),
     * whenever it was done: a check done up to half a period early counts for the date it was early for.
     */
    FIXED;

    /** When a check last done on {@code lastDone} is next due. */
    public LocalDate nextDue(CheckFrequency frequency, LocalDate lastDone) {
        if (this == FLOATING || frequency.months() == 0) {
            return frequency.nextDue(lastDone);
        }
        long halfPeriodDays = frequency.months() * 30L / 2;
        LocalDate counted = lastDone.plusDays(halfPeriodDays);
        long monthsSinceYearStart = ChronoUnit.MONTHS.between(counted.withDayOfYear(1), counted.withDayOfMonth(1));
        long periodStart = monthsSinceYearStart - monthsSinceYearStart % frequency.months();
        return counted.withDayOfYear(1).plusMonths(periodStart + frequency.months());
    }
}
