package org.techbench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line as a user would and keeps what it printed, for the command tests. */
final class CommandLineRun {

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** Runs {@code args}; returns the exit code. The window is never opened. */
    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CommandLineRunner.build((data, exit) -> 0, new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
