package org.techbench.ui.dashboard;

import org.techbench.domain.fault.SlaCounts;
import org.techbench.domain.maintenance.DueCounts;
import org.techbench.domain.quality.Overview;

/** Everything the dashboard draws; {@code due} is null until the checklists due are first counted. */
public record DashboardFigures(Overview overview, SlaCounts sla, DueCounts due) {
}
