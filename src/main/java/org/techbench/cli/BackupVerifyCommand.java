package org.techbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.techbench.service.Workbench;
import org.techbench.service.backup.BackupCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code techbench backup verify}: opens a backup read-only and compares it with its manifest; exit 1 when it differs. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Open a backup read-only and compare every table with the manifest written when it was made.")
public final class BackupVerifyCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global = new GlobalOptions();

    @Mixin
    BackupFolderOption target = new BackupFolderOption();

    @Parameters(paramLabel = "BACKUP", description = "A backup's name (as listed) or its .zip file.")
    String backup;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Workbench workbench = Workbench.open(global.folder(), Clock.systemDefaultZone(), System.getProperty("user.name"))) {
            Path file = target.backup(global.folder(), backup);
            BackupCheck check = workbench.backups().verify(file, new PrintedProgress(spec.commandLine().getErr()));
            PrintWriter out = spec.commandLine().getOut();
            if (check.whole()) {
                out.printf("%s is whole: %,d rows in %d tables and %d attachments match its manifest.%n", check.name(),
                        check.manifest().rows(), check.manifest().tables().size(), check.manifest().attachments().size());
                out.flush();
                return 0;
            }
            PrintWriter err = spec.commandLine().getErr();
            err.printf("techbench: %s cannot be trusted:%n", check.name());
            check.problems().forEach(problem -> err.println("  - " + problem));
            err.flush();
            return 1;
        }
    }
}
