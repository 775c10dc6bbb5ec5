package org.techbench.ui.settings;

import org.techbench.ui.common.Place;

/** The Settings screen. */
public record SettingsPlace() implements Place {

    public static final String SCREEN = "settings";

    @Override
    public String screen() {
        return SCREEN;
    }
}
