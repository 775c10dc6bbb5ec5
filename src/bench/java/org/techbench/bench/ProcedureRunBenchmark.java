package org.techbench.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.techbench.domain.fault.Fault;
import org.techbench.service.Workbench;
import org.techbench.service.fault.FaultFilter;
import org.techbench.store.DataFolder;

/**
 * Times saving a procedure step on a demo store: runs of the power troubleshooting tree for
 * faults, each answer saved with its journal entry; the first of five rounds is a warm-up.
 */
public final class ProcedureRunBenchmark {

    private static final String[] ANSWERS = {"", "pass", "12.1", "yes", "pass", "Bench"};

    public static void main(String[] args) {
        try (Workbench workbench = Workbench.open(new DataFolder(Path.of(args[0])), Clock.systemDefaultZone(), "bench")) {
            List<Fault> faults = workbench.faults().list(new FaultFilter(Set.of(), Set.of(), null, null, null, 100));
            List<Long> micros = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (Fault fault : faults.subList(0, 20)) {
                    var run = workbench.procedures().start("TROUBLESHOOT-POWER", null, fault.id()).run();
                    for (String answer : ANSWERS) {
                        long start = System.nanoTime();
                        workbench.procedures().answer(run.id(), answer, null);
                        if (round > 0) {
                            micros.add((System.nanoTime() - start) / 1_000);
                        }
                    }
                }
            }
            Collections.sort(micros);
            System.out.printf("| saving a procedure step with its journal entry (%d steps) | p50 %.1f ms, p95 %.1f ms,"
                    + " max %.1f ms |%n", micros.size(), micros.get(micros.size() / 2) / 1000.0,
                    micros.get(micros.size() * 95 / 100) / 1000.0, micros.getLast() / 1000.0);
        }
    }
}
