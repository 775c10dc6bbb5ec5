package org.techbench.cli;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.techbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code techbench backup list}: the backups in a folder, newest first. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the backups in the backup folder, newest first.")
public final class BackupListCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    @Mixin
    GlobalOptions global = new GlobalOptions();

    @Mixin
    BackupFolderOption target = new BackupFolderOption();

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Workbench workbench = Workbench.open(global.folder(), Clock.systemDefaultZone(), System.getProperty("user.name"))) {
            var backups = workbench.backups().list(target.in(global.folder()));
            format.print(List.of("name", "made", "megabytes", "rows", "attachments", "seconds"), backups.stream()
                    .map(b -> List.of(b.name(), WHEN.format(b.createdAt()), "%.1f".formatted(b.bytes() / 1e6),
                            Long.toString(b.rows()), Integer.toString(b.attachments().size()),
                            "%.1f".formatted(b.millis() / 1000.0))).toList(), spec.commandLine().getOut());
            return 0;
        }
    }
}
