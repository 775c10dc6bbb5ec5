package org.techbench.ui.team;

import org.techbench.ui.common.Place;

/** The Team screen: the hub's users, for support managers. */
public record TeamPlace() implements Place {

    public static final String SCREEN = "team";

    @Override
    public String screen() {
        return SCREEN;
    }
}
