package org.techbench.ui.dashboard;

import org.techbench.ui.common.Place;

/** The Dashboard. */
public record DashboardPlace() implements Place {

    public static final String SCREEN = "dashboard";

    @Override
    public String screen() {
        return SCREEN;
    }
}
