package org.techbench.ui.reports;

import java.util.UUID;
import org.techbench.ui.common.Place;

/** The Reports screen, with a finished procedure run already chosen for its record (or none). */
public record ReportsPlace(UUID runId) implements Place {

    public static final String SCREEN = "reports";

    public static ReportsPlace all() {
        return new ReportsPlace(null);
    }

    @Override
    public String screen() {
        return SCREEN;
    }
}
