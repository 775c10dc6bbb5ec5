package org.techbench.bench;

import org.techbench.service.procedure.ProcedureLibrary;

/** Times reading and checking the built-in procedure library: the first time in a fresh JVM, then warm. */
public final class ProcedureLibraryBenchmark {

    public static void main(String[] args) {
        // The window has its logging set up long before it loads the library.
        org.slf4j.LoggerFactory.getLogger(ProcedureLibraryBenchmark.class).debug("logging ready");
        long start = System.nanoTime();
        ProcedureLibrary library = ProcedureLibrary.builtIn();
        long first = (System.nanoTime() - start) / 1_000_000;
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            long again = System.nanoTime();
            ProcedureLibrary.builtIn();
            best = Math.min(best, (System.nanoTime() - again) / 1_000);
        }
        System.out.printf("| loading the procedure library (%d procedures, %d steps) | first in a fresh JVM %d ms, warm %.1f ms |%n",
                library.all().size(), library.all().stream().mapToInt(d -> d.steps().size()).sum(), first, best / 1000.0);
    }
}
