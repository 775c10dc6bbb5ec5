package org.techbench.ui.faults;

import java.util.UUID;
import org.techbench.ui.common.Place;

/** The Faults screen, with one fault's detail open (or none). */
public record FaultsPlace(UUID faultId) implements Place {

    public static final String SCREEN = "faults";

    public static FaultsPlace all() {
        return new FaultsPlace(null);
    }

    @Override
    public String screen() {
        return SCREEN;
    }
}
