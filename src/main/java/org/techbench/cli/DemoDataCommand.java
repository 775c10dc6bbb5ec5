package org.techbench.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.techbench.service.Workbench;
import org.techbench.service.demo.DemoDataOptions;
import org.techbench.service.demo.DemoDataSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code techbench demo-data}: fills an empty store with realistic, deterministic data. */
@Command(name = "demo-data", mixinStandardHelpOptions = true,
        description = "Fill an empty store with realistic, deterministic demo data.")
public final class DemoDataCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global = new GlobalOptions();

    @Option(names = "--sites", defaultValue = "5", description = "Customer sites (default ${DEFAULT-VALUE}).")
    int sites;

    @Option(names = "--assets", defaultValue = "500", description = "Assets across all sites (default ${DEFAULT-VALUE}).")
    int assets;

    @Option(names = "--faults", description = "Faults across all sites (default: one per ten assets).")
    Integer faults;

    @Option(names = "--seed", defaultValue = "42", description = "Seed: the same seed makes the same data (default ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Clock clock = Clock.systemDefaultZone();
        var options = new DemoDataOptions(sites, assets, faults != null ? faults : Math.max(assets / 10, 1), seed,
                LocalDate.now(clock));
        PrintWriter err = spec.commandLine().getErr();
        try (Workbench workbench = Workbench.open(global.folder(), clock, System.getProperty("user.name"))) {
            DemoDataSummary summary = workbench.demoData().create(options, workbench.technicians().currentId(),
                    new PrintedProgress(err));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Made %d sites, %d assets (%d components, %d software), %d inspections (%d results), "
                            + "%d faults (%d events) in %.1f s in %s%n",
                    summary.sites(), summary.assets(), summary.components(), summary.software(), summary.inspections(),
                    summary.inspectionResults(), summary.faults(), summary.faultEvents(),
                    summary.elapsed().toMillis() / 1000.0, workbench.folder().root());
            out.flush();
            return 0;
        }
    }
}
