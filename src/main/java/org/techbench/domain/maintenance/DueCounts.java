package org.techbench.domain.maintenance;

/** How many asset checklists are overdue, due today and due later this week (the Dashboard's card). */
public record DueCounts(int overdue, int dueToday, int dueThisWeek) {
}
