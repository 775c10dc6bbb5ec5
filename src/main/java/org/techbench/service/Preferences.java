package org.techbench.service;

import java.util.Locale;
import java.util.Set;

/**
 * What the window remembers between sessions: language, theme, size and position, and the columns
 * hidden in the asset list.
 */
public record Preferences(Locale locale, boolean dark, double x, double y, double width, double height, boolean maximized,
                          Set<String> hiddenAssetColumns) {

    public Preferences {
        hiddenAssetColumns = Set.copyOf(hiddenAssetColumns);
    }

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SIMPLIFIED_CHINESE = Locale.SIMPLIFIED_CHINESE;

    public static Preferences defaults() {
        return new Preferences(ENGLISH, false, Double.NaN, Double.NaN, 1280, 800, false, Set.of());
    }

    public Preferences withLocale(Locale value) {
        return new Preferences(value, dark, x, y, width, height, maximized, hiddenAssetColumns);
    }

    public Preferences withDark(boolean value) {
        return new Preferences(locale, value, x, y, width, height, maximized, hiddenAssetColumns);
    }

    public Preferences withBounds(double newX, double newY, double newWidth, double newHeight, boolean isMaximized) {
        return new Preferences(locale, dark, newX, newY, newWidth, newHeight, isMaximized, hiddenAssetColumns);
    }

    public Preferences withHiddenAssetColumns(Set<String> columns) {
        return new Preferences(locale, dark, x, y, width, height, maximized, columns);
    }
}
