package org.techbench.ui.maintenance;

import java.time.LocalDate;

/** How far ahead the due list looks: overdue and today, this week, or this month. */
public enum DueHorizon {
    TODAY(0), WEEK(7), MONTH(31);

    private final int days;

    DueHorizon(int days) {
        this.days = days;
    }

    LocalDate until(LocalDate today) {
        return today.plusDays(days);
    }
}
