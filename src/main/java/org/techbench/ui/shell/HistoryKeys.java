package org.techbench.ui.shell;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.techbench.ui.common.Navigator;

/**
 * Back and forward through the places seen: Alt+Left and Alt+Right, and the mouse's back and
 * forward buttons, as in a browser. Installed once on the window's scene, which outlives the shells.
 */
final class HistoryKeys {

    private HistoryKeys() {
    }

    static void install(Scene scene, Navigator navigator) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), navigator::back);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), navigator::forward);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.getButton() == MouseButton.BACK) {
                navigator.back();
                event.consume();
            } else if (event.getButton() == MouseButton.FORWARD) {
                navigator.forward();
                event.consume();
            }
        });
    }
}
