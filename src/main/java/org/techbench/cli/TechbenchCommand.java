package org.techbench.cli;

import java.util.concurrent.Callable;
import org.techbench.replication.BuildVersion;
import org.techbench.replication.SchemaVersion;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code techbench}: with no command it opens the window; otherwise it runs the command. */
@Command(name = "techbench", mixinStandardHelpOptions = true, versionProvider = TechbenchCommand.Version.class,
        description = "Offline-first workbench for IT field technicians.",
        subcommands = {DemoDataCommand.class, AssetsCommand.class, BackupCommand.class, MaintenanceCommand.class, InspectionCommand.class,
            FaultCommand.class, KbCommand.class, ProcedureCommand.class, ReportCommand.class, SyncCommand.class,
            HubCommand.class, EncryptionCommand.class})
public final class TechbenchCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global = new GlobalOptions();

    @Option(names = "--exit-after-start", description = "Quit as soon as the first frame is shown (for timing start-up).")
    boolean exitAfterStart;

    private final WindowLauncher window;

    public TechbenchCommand(WindowLauncher window) {
        this.window = window;
    }

    @Override
    public Integer call() {
        return window.launch(global.lockedFolder(), exitAfterStart);
    }

    /** What {@code --version} prints: the build's version and the store schema it writes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"TechBench " + BuildVersion.current() + " (store schema " + SchemaVersion.CURRENT + ")"};
        }
    }
}
