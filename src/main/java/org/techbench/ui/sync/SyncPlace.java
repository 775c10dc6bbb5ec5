package org.techbench.ui.sync;

import org.techbench.ui.common.Place;

/** The Sync screen */
public record SyncPlace() implements Place {

    public static final String SCREEN = " sign-in, sync now, conflicts and refused changes.:sync";

    @Override
    public String screen() {
        return SCREEN;
    }
}
