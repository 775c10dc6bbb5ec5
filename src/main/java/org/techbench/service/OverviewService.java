package org.techbench.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.techbench.domain.quality.Overview;
import org.techbench.store.OverviewQueries;

/** The dashboard's figures, with "this month" taken in the laptop's time zone. */
public final class OverviewService {

    private final OverviewQueries queries;
    private final Clock clock;

    public OverviewService(OverviewQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public Overview overview() {
        ZoneId zone = clock.getZone();
        LocalDate firstOfMonth = LocalDate.now(clock).withDayOfMonth(1);
        OffsetDateTime start = firstOfMonth.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime end = firstOfMonth.plusMonths(1).atStartOfDay(zone).toOffsetDateTime();
        return queries.overview(start, end);
    }

    public long pendingChanges() {
        return queries.pendingChanges();
    }
}
