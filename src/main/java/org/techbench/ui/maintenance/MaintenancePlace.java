package org.techbench.ui.maintenance;

import java.util.UUID;
import org.techbench.ui.common.Place;

/** The Maintenance screen's list of checks due, for one site or (null) all. */
public record MaintenancePlace(UUID siteId) implements Place {

    public static final String SCREEN = "maintenance";

    public static MaintenancePlace all() {
        return new MaintenancePlace(null);
    }

    @Override
    public String screen() {
        return SCREEN;
    }
}
