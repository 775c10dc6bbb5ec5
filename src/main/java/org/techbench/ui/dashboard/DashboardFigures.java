package org.techbench.ui.dashboard;

import org.techbench.domain.maintenance.DueCounts;
import org.techbench.domain.quality.Overview;

/** Everything the dashboard draws, counted together so that one redraw shows one moment. */
public record DashboardFigures(Overview overview, DueCounts due) {
}
