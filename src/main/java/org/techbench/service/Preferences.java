package org.techbench.service;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the window remembers between sessions: language, theme, size and position, the columns
 * hidden in the asset list, the fault filters saved by name (each as its encoded text), and whether
 * the first-start welcome was done, the folder backups go to (empty: the data folder's own), and the screen lock.
 */
public record Preferences(Locale locale, boolean dark, double x, double y, double width, double height, boolean maximized,
                          Set<String> hiddenAssetColumns, Map<String, String> savedFaultFilters, boolean welcomeDone,
                          String backupFolder, ScreenLock screenLock) {

    public Preferences {
        hiddenAssetColumns = Set.copyOf(hiddenAssetColumns);
        savedFaultFilters = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(savedFaultFilters));
        backupFolder = backupFolder == null ? "" : backupFolder.strip();
        screenLock = screenLock == null ? ScreenLock.off() : screenLock;
    }

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SIMPLIFIED_CHINESE = Locale.SIMPLIFIED_CHINESE;

    public static Preferences defaults() {
        return new Preferences(ENGLISH, false, Double.NaN, Double.NaN, 1280, 800, false, Set.of(), Map.of(), false, "", ScreenLock.off());
    }

    public Preferences withLocale(Locale value) {
        return new Preferences(value, dark, x, y, width, height, maximized, hiddenAssetColumns, savedFaultFilters,
                welcomeDone, backupFolder, screenLock);
    }

    public Preferences withDark(boolean value) {
        return new Preferences(locale, value, x, y, width, height, maximized, hiddenAssetColumns, savedFaultFilters,
                welcomeDone, backupFolder, screenLock);
    }

    public Preferences withBounds(double newX, double newY, double newWidth, double newHeight, boolean isMaximized) {
        return new Preferences(locale, dark, newX, newY, newWidth, newHeight, isMaximized, hiddenAssetColumns, savedFaultFilters,
                welcomeDone, backupFolder, screenLock);
    }

    public Preferences withHiddenAssetColumns(Set<String> columns) {
        return new Preferences(locale, dark, x, y, width, height, maximized, columns, savedFaultFilters,
                welcomeDone, backupFolder, screenLock);
    }

    public Preferences withWelcomeDone() {
        return new Preferences(locale, dark, x, y, width, height, maximized, hiddenAssetColumns, savedFaultFilters,
                true, backupFolder, screenLock);
    }

    /** Where backups go: the folder chosen in Settings, else {@code dataFoldersOwn}. */
    public java.nio.file.Path backupFolderOr(java.nio.file.Path dataFoldersOwn) {
        return backupFolder.isEmpty() ? dataFoldersOwn : java.nio.file.Path.of(backupFolder);
    }

    public Preferences withBackupFolder(String folder) {
        return new Preferences(locale, dark, x, y, width, height, maximized, hiddenAssetColumns, savedFaultFilters, welcomeDone,
                folder == null ? "" : folder, screenLock);
    }

    public Preferences withSavedFaultFilters(Map<String, String> filters) {
        return new Preferences(locale, dark, x, y, width, height, maximized, hiddenAssetColumns, filters,
                welcomeDone, backupFolder, screenLock);
    }

    public Preferences withScreenLock(ScreenLock lock) {
        return new Preferences(locale, dark, x, y, width, height, maximized, hiddenAssetColumns, savedFaultFilters,
                welcomeDone, backupFolder, lock);
    }
}
