package org.techbench.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The light and dark AtlantaFX themes plus TechBench's own style sheet. */
public final class Theme {

    public static final String STYLESHEET = "/ui/techbench.css";

    private Theme() {
    }

    /** The binary (pre-parsed) form of the theme: it loads several times faster than the CSS text. */
    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }
}
