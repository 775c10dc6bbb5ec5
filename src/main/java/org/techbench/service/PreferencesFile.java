package org.techbench.service;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link Preferences} in a small properties file in the data folder. It is read before the
 * store opens, so the first frame already has the right language and theme.
 */
public final class PreferencesFile {

    /** Saved fault filters are kept one a line, under this prefix and their name. */
    private static final String FAULT_FILTER = "faults.filter.";


    private static final Logger LOG = LoggerFactory.getLogger(PreferencesFile.class);

    private final Path file;

    public PreferencesFile(Path file) {
        this.file = file;
    }

    /** The saved preferences, or the defaults when there are none or they cannot be read. */
    public Preferences load() {
        Preferences defaults = Preferences.defaults();
        if (!Files.isRegularFile(file)) {
            return defaults;
        }
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Ignoring unreadable preferences {}: {}", file, e.getMessage());
            return defaults;
        }
        Locale locale = "zh-CN".equals(p.getProperty("language")) ? Preferences.SIMPLIFIED_CHINESE : Preferences.ENGLISH;
        return new Preferences(locale, "dark".equals(p.getProperty("theme")),
                number(p, "window.x", defaults.x()), number(p, "window.y", defaults.y()),
                Math.max(640, number(p, "window.width", defaults.width())),
                Math.max(480, number(p, "window.height", defaults.height())),
                Boolean.parseBoolean(p.getProperty("window.maximized", "false")),
                Arrays.stream(p.getProperty("assets.hiddenColumns", "").split(","))
                        .map(String::strip).filter(id -> !id.isEmpty()).collect(Collectors.toSet()),
                p.stringPropertyNames().stream().filter(key -> key.startsWith(FAULT_FILTER))
                        .collect(Collectors.toMap(key -> key.substring(FAULT_FILTER.length()), p::getProperty)),
                Boolean.parseBoolean(p.getProperty("welcome.done", "false")), p.getProperty("backup.folder", ""),
                new ScreenLock((int) number(p, "lock.minutes", 0), p.getProperty("lock.pin", "")));
    }

    /** Saves atomically, so a crash mid-write leaves the previous file. */
    public void save(Preferences preferences) {
        Properties p = new Properties();
        p.setProperty("language", preferences.locale().equals(Preferences.SIMPLIFIED_CHINESE) ? "zh-CN" : "en");
        p.setProperty("theme", preferences.dark() ? "dark" : "light");
        if (!Double.isNaN(preferences.x())) {
            p.setProperty("window.x", Double.toString(preferences.x()));
            p.setProperty("window.y", Double.toString(preferences.y()));
        }
        p.setProperty("window.width", Double.toString(preferences.width()));
        p.setProperty("window.height", Double.toString(preferences.height()));
        p.setProperty("window.maximized", Boolean.toString(preferences.maximized()));
        p.setProperty("assets.hiddenColumns", String.join(",", new TreeSet<>(preferences.hiddenAssetColumns())));
        p.setProperty("welcome.done", Boolean.toString(preferences.welcomeDone()));
        p.setProperty("backup.folder", preferences.backupFolder());
        p.setProperty("lock.minutes", Integer.toString(preferences.screenLock().idleMinutes()));
        p.setProperty("lock.pin", preferences.screenLock().pinHash());
        preferences.savedFaultFilters().forEach((name, filter) -> p.setProperty(FAULT_FILTER + name, filter));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                p.store(writer, "TechBench window preferences");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not save preferences to {}: {}", file, e.getMessage());
        }
    }

    private static double number(Properties p, String key, double fallback) {
        try {
            String value = p.getProperty(key);
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
