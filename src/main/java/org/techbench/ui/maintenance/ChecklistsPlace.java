package org.techbench.ui.maintenance;

import org.techbench.ui.common.Place;

/** The checklist editor on the Maintenance screen, with one checklist (by code) chosen, or the first. */
public record ChecklistsPlace(String code) implements Place {

    @Override
    public String screen() {
        return MaintenancePlace.SCREEN;
    }
}
