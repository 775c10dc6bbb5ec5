package org.techbench.ui.maintenance;

import java.util.UUID;
import org.techbench.ui.common.Place;

/** One inspection on the Maintenance screen: answered while unfinished, its full record once signed. */
public record InspectionPlace(UUID inspectionId) implements Place {

    @Override
    public String screen() {
        return MaintenancePlace.SCREEN;
    }
}
