package org.techbench.ui.sites;

import org.techbench.ui.common.Place;

/** The Sites screen. */
public record SitesPlace() implements Place {

    public static final String SCREEN = "sites";

    @Override
    public String screen() {
        return SCREEN;
    }
}
