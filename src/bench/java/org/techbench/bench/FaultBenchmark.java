package org.techbench.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.fault.Priority;
import org.techbench.service.Workbench;
import org.techbench.service.fault.FaultFilter;
import org.techbench.store.DataFolder;

/**
 * Times the Faults screen's reads on an existing demo store: the list filtered by status and
 * priority with the SLA standing of each row, one fault's detail with its journal, and the SLA
 * state of every open fault.
 */
public final class FaultBenchmark {

    public static void main(String[] args) {
        try (Workbench workbench = Workbench.open(new DataFolder(Path.of(args[0])), Clock.systemDefaultZone(), "bench")) {
            var faults = workbench.faults();
            FaultFilter filtered = new FaultFilter(Set.of(FaultStatus.CLOSED, FaultStatus.IN_PROGRESS),
                    Set.of(Priority.P1, Priority.P2), null, null, null, 2_000);
            List<Long> lists = new ArrayList<>();
            int listed = 0;
            for (int i = 0; i < 9; i++) {
                long start = System.nanoTime();
                List<Fault> rows = faults.list(filtered);
                faults.sla(rows);
                listed = rows.size();
                lists.add((System.nanoTime() - start) / 1_000_000);
            }
            print("Faults list by status and priority, with SLA standings (" + listed + " rows)", lists);

            List<Fault> some = faults.list(new FaultFilter(Set.of(), Set.of(), null, null, null, 30));
            List<Long> details = new ArrayList<>();
            for (Fault fault : some) {
                long start = System.nanoTime();
                faults.detail(fault.id());
                details.add((System.nanoTime() - start) / 1_000_000);
            }
            print("one fault's detail with its journal (" + some.size() + " faults)", details);

            List<Long> slas = new ArrayList<>();
            int open = 0;
            for (int i = 0; i < 7; i++) {
                long start = System.nanoTime();
                List<Fault> rows = faults.list(FaultFilter.open(1_000_000));
                open = faults.sla(rows).size();
                slas.add((System.nanoTime() - start) / 1_000_000);
            }
            print("SLA state of every open fault (" + open + " open)", slas);
        }
    }

    private static void print(String what, List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("| %s | median %d ms, max %d ms |%n", what, sorted.get(sorted.size() / 2), sorted.getLast());
    }
}
