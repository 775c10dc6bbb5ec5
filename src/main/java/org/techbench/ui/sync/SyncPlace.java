package org.techbench.ui.sync;

import org.techbench.ui.common.Place;

/** The Sync screen: sign-in, sync now, conflicts and refused changes. */
public record SyncPlace() implements Place {

    public static final String SCREEN = "sync";

    @Override
    public String screen() {
        return SCREEN;
    }
}
