package org.techbench.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.techbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code techbench assets export FILE}: writes assets with components and software, re-importable as is. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export assets with their components and software to .csv or .xlsx (the import's layout).")
public final class AssetsExportCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global = new GlobalOptions();

    @Mixin
    AssetFilterOptions selection = new AssetFilterOptions();

    @Parameters(paramLabel = "FILE", description = "A file ending in .csv or .xlsx.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Workbench workbench = Workbench.open(global.folder(), Clock.systemDefaultZone(), System.getProperty("user.name"))) {
            int count = workbench.assetExport().export(file, selection.filter(workbench),
                    new PrintedProgress(spec.commandLine().getErr()));
            spec.commandLine().getOut().printf("Exported %d assets to %s%n", count, file.toAbsolutePath());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
