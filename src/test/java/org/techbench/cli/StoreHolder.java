package org.techbench.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.techbench.service.Workbench;
import org.techbench.store.DataFolder;

/** A second process that opens a data folder's store, says so, and holds it until its input closes. */
public final class StoreHolder {

    private StoreHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Workbench workbench = Workbench.open(new DataFolder(Path.of(args[0])), Clock.systemUTC(), "holder")) {
            System.out.println("holding");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Held until the test closes our input or kills us.
            }
        }
    }

    /** Starts a holder on the folder and returns once it holds the store. */
    static Process hold(Path folder) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), StoreHolder.class.getName(),
                folder.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        var said = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine();
        if (!"holding".equals(said)) {
            holder.destroyForcibly();
            throw new IllegalStateException("the holder did not open the store: " + said);
        }
        return holder;
    }
}
