package org.techbench.ui.common;

import javafx.scene.Node;

/** A screen of the window: its view, told when it is shown and hidden so it binds only while visible. */
public interface Screen {
    Node node();

    void activate();

    void deactivate();

    /** Shows one of this screen's places; a screen with a single place has nothing to do. */
    default void open(Place place) {
    }
}
