package org.techbench.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.techbench.service.Workbench;
import org.techbench.service.backup.BackupManifest;
import org.techbench.service.backup.Retention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code techbench backup create}: a consistent backup of the store and its attachments, checked as it is made. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Back the store and its attachments up, check the backup, and prune old ones.")
public final class BackupCreateCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global = new GlobalOptions();

    @Mixin
    BackupFolderOption target = new BackupFolderOption();

    @Option(names = "--keep-daily", defaultValue = "7", description = "Days whose newest backup is kept (default ${DEFAULT-VALUE}).")
    int daily;

    @Option(names = "--keep-weekly", defaultValue = "4", description = "Weeks whose newest backup is kept (default ${DEFAULT-VALUE}).")
    int weekly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (daily < 1 || weekly < 0) {
            throw new IllegalArgumentException("--keep-daily must be 1 or more and --keep-weekly 0 or more");
        }
        try (Workbench workbench = Workbench.open(global.folder(), Clock.systemDefaultZone(), System.getProperty("user.name"))) {
            var folder = target.in(global.folder());
            BackupManifest made = workbench.backups().create(folder, new Retention(daily, weekly),
                    new PrintedProgress(spec.commandLine().getErr()));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Backed up %,d rows in %d tables and %d attachments to %s (%.1f MB) in %.1f s; opened read-only and its rows counted to check it.%n",
                    made.rows(), made.tables().size(), made.attachments().size(), folder.resolve(made.name() + ".zip"),
                    made.bytes() / 1e6, made.millis() / 1000.0);
            out.flush();
            return 0;
        }
    }
}
