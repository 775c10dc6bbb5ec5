package org.techbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.techbench.cli.CacheTraining;
import org.techbench.logging.LogbackSetup;
import org.techbench.store.DataFolder;
import org.techbench.ui.shell.WorkbenchWindow;

/**
 * The training run from which the build makes the JVM's ahead-of-time cache (JDK 25,
 * {@code -XX:AOTCacheOutput}): a technician's day in small, then the window's start when there is a
 * display to open it on. The cache keeps the classes the run loads and the profiles of the methods
 * it runs hot, so that a launched workbench starts sooner and compiles its hot paths (a first sync
 * above all) early instead of interpreting them.
 */
public final class TrainingRun {

    private TrainingRun() {
    }

    /** {@code TrainingRun [ASSETS]}: works in a temporary folder and removes it after. */
    public static void main(String[] args) throws IOException {
        int assets = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        Path work = Files.createTempDirectory("techbench-training-");
        // The run's log stays with the run instead of joining the technician's own.
        System.setProperty(LogbackSetup.LOGS_PROPERTY, work.resolve("logs").toString());
        try {
            long rows = CacheTraining.run(work, assets);
            String window = hasDisplay() ? openWindow(work) : "not opened (no display)";
            System.out.printf("Training run for the JVM's cache: %,d rows synced, window %s.%n", rows, window);
        } finally {
            delete(work);
        }
    }

    /** A display that cannot be opened (a remote shell's) costs the cache the window, not the build. */
    private static String openWindow(Path work) {
        try {
            WorkbenchWindow.launch(new DataFolder(work.resolve("laptop")), true);
            return "opened";
        } catch (RuntimeException e) {
            return "not opened (" + e.getMessage() + ")";
        }
    }

    private static boolean hasDisplay() {
        return !System.getProperty("os.name").startsWith("Linux")
                || System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }

    private static void delete(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
