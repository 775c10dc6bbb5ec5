package org.techbench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.techbench.cli.CommandLineRunner;
import org.techbench.store.DataFolder;
import org.techbench.ui.shell.WorkbenchWindow;

/** Entry point: no command opens the window, anything else runs on the command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        configureLogging(args);
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        var err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int exit = CommandLineRunner.build(WorkbenchWindow::launch, out, err).execute(args);
        System.exit(exit);
    }

    /** Logging must know the data folder before the first logger is made, so --data is read early. */
    private static void configureLogging(String[] args) {
        Path data = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                data = Path.of(args[i + 1]);
            } else if (args[i].startsWith("--data=")) {
                data = Path.of(args[i].substring("--data=".length()));
            }
        }
        DataFolder folder = DataFolder.resolve(data, Map.copyOf(System.getenv()), Path.of(System.getProperty("user.home")));
        System.setProperty("techbench.logs", folder.logs().toString());
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }
}
