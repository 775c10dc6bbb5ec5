package org.techbench.cli;

import java.io.PrintWriter;
import org.techbench.service.Progress;

/** Progress on standard error: a line at every tenth of the way. */
final class PrintedProgress implements Progress {

    private final PrintWriter err;
    private String lastStage;
    private long lastTenth = -1;

    PrintedProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void report(String stage, long done, long total) {
        long tenth = total == 0 ? 10 : done * 10 / total;
        if (tenth != lastTenth || !stage.equals(lastStage)) {
            lastTenth = tenth;
            lastStage = stage;
            err.printf("%3d%%  %s (%d of %d)%n", tenth * 10, stage, done, total);
            err.flush();
        }
    }

    @Override
    public boolean cancelled() {
        return false;
    }
}
