package org.techbench.cli;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techbench.service.CancelledException;
import org.techbench.service.RefusedException;
import org.techbench.service.asset.AssetInvalidException;
import org.techbench.service.asset.ImportRefusedException;
import org.techbench.service.sync.SyncFailure;
import org.techbench.store.StoreException;
import picocli.CommandLine;

/** Runs the command line: bad usage gets one line and exit 2, known failures one line and exit 1. */
public final class CommandLineRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CommandLineRunner.class);

    private CommandLineRunner() {
    }

    public static CommandLine build(WindowLauncher window, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new TechbenchCommand(window));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((ex, args) -> {
            err.println("techbench: " + ex.getMessage() + " (try --help)");
            err.flush();
            return CommandLine.ExitCode.USAGE;
        });
        commandLine.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof StoreException || ex instanceof RefusedException || ex instanceof CancelledException
                    || ex instanceof ImportRefusedException
                    || ex instanceof AssetInvalidException
                    || ex instanceof SyncFailure
                    || ex instanceof IllegalArgumentException) {
                LOG.warn("{} failed: {}", cmd.getCommandName(), ex.getMessage());
                err.println("techbench: " + ex.getMessage());
            } else {
                LOG.error("{} failed", cmd.getCommandName(), ex);
                err.println("techbench: unexpected error (" + ex.getClass().getSimpleName() + "); details are in the log.");
            }
            err.flush();
            return CommandLine.ExitCode.SOFTWARE;
        });
        return commandLine;
    }
}
