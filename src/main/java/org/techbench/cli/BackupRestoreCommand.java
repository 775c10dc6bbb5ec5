package org.techbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.techbench.i18n.Texts;
import org.techbench.service.backup.BackupCheck;
import org.techbench.service.backup.BackupRestorer;
import org.techbench.service.backup.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code techbench backup restore}: puts a verified backup in place of the store, keeping the store as a copy first. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Put a backup in place of the store (the window must be closed); the store is kept as a copy first.")
public final class BackupRestoreCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Mixin
    GlobalOptions global = new GlobalOptions();

    @Mixin
    BackupFolderOption target = new BackupFolderOption();

    @Option(names = "--yes", description = "Restore without asking: replace the store.")
    boolean yes;

    @Parameters(paramLabel = "BACKUP", description = "A backup's name (as listed) or its .zip file.")
    String backup;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var data = global.folder();
        Clock clock = Clock.systemDefaultZone();
        BackupService reader = BackupService.reader(data.backups(), data.key(), clock, () -> Texts.refusals(Locale.ENGLISH));
        Path file = target.backup(data, backup);
        BackupRestorer restorer = new BackupRestorer(reader, clock, () -> Texts.refusals(Locale.ENGLISH));
        PrintWriter out = spec.commandLine().getOut();
        if (!yes) {
            BackupCheck check = restorer.check(file);
            PrintWriter err = spec.commandLine().getErr();
            if (!check.whole()) {
                err.printf("techbench: %s cannot be restored, because it is not whole:%n", check.name());
                check.problems().forEach(problem -> err.println("  - " + problem));
            } else {
                err.printf("techbench: this replaces the store in %s with %s (made %s, %,d rows); the store is kept as a copy "
                        + "in %s first. Run again with --yes to restore.%n", data.root(), check.name(),
                        WHEN.format(check.manifest().createdAt()), check.manifest().rows(), data.backups());
            }
            err.flush();
            return 1;
        }
        var restored = restorer.restore(data, file, new PrintedProgress(spec.commandLine().getErr()));
        out.printf("Restored %s (made %s, %,d rows, %d attachments put back). The replaced store is kept as %s.%n",
                restored.backup().name(), WHEN.format(restored.backup().createdAt()), restored.backup().rows(),
                restored.attachmentsPutBack(), restored.carried().keptAs());
        if (restored.carried().newNode()) {
            out.println("The replaced store could not be read, so what it had not synced is not in the restored one; "
                    + "this laptop signs in to the hub again and syncs as a new laptop.");
        } else {
            out.printf("%d changes the replaced store had waiting go to the hub at the next sync; the team's changes since "
                    + "the backup come back with it.%n", restored.carried().waitingCarried());
        }
        out.flush();
        return 0;
    }
}
