package org.techbench.ui.common;

import javafx.scene.Node;

/** A screen of the window: its view, told when it is shown and hidden so it binds only while visible. */
public interface Screen {
    Node node();

    void activate();

    void deactivate();
}
