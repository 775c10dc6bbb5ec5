package org.techbench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.techbench.cli.CommandLineRunner;
import org.techbench.cli.WindowArguments;
import org.techbench.logging.LogbackSetup;
import org.techbench.store.DataFolder;
import org.techbench.ui.shell.WorkbenchWindow;

/** Entry point: no command opens the window, anything else runs on the command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        DataFolder folder = dataFolder(WindowArguments.dataOrNull(args));
        configureLogging(folder);
        Optional<WindowArguments> window = WindowArguments.parse(args);
        if (window.isPresent()) {
            // Logback's set-up takes a quarter of a second; on its own thread it overlaps the toolkit's
            // start instead of delaying the first frame (SLF4J replays anything logged meanwhile).
            Thread.ofPlatform().daemon().name("logging-setup").start(LoggerFactory::getILoggerFactory);
            System.exit(WorkbenchWindow.launch(folder, window.get().exitAfterStart()));
        }
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        var err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int exit = CommandLineRunner.build(WorkbenchWindow::launch, out, err).execute(args);
        System.exit(exit);
    }

    private static DataFolder dataFolder(Path data) {
        return DataFolder.resolve(data, Map.copyOf(System.getenv()), Path.of(System.getProperty("user.home")));
    }

    /** Logging must know the data folder before the first logger is made. */
    private static void configureLogging(DataFolder folder) {
        System.setProperty(LogbackSetup.LOGS_PROPERTY, folder.logs().toString());
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }
}
