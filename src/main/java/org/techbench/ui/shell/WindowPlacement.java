package org.techbench.ui.shell;

import javafx.geometry.Rectangle2D;

/**
 * Where the window opens: the size it had, cut down to the screen it opens on, and its place kept
 * whole on that screen (a laptop's 1366×768 after a 1920×1080 monitor), or centred when it has none.
 */
record WindowPlacement(double x, double y, double width, double height) {

    static WindowPlacement fit(double savedX, double savedY, double width, double height, Rectangle2D screen) {
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        if (Double.isNaN(savedX) || Double.isNaN(savedY)) {
            return new WindowPlacement(screen.getMinX() + (screen.getWidth() - w) / 2,
                    screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
        }
        double x = Math.clamp(savedX, screen.getMinX(), screen.getMaxX() - w);
        double y = Math.clamp(savedY, screen.getMinY(), screen.getMaxY() - h);
        return new WindowPlacement(x, y, w, h);
    }
}
