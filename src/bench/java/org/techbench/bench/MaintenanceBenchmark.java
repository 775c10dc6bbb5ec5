package org.techbench.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.techbench.domain.maintenance.Answer;
import org.techbench.domain.maintenance.CheckOutcome;
import org.techbench.domain.maintenance.ChecklistItem;
import org.techbench.domain.maintenance.DueCheck;
import org.techbench.domain.maintenance.Inspection;
import org.techbench.service.Workbench;
import org.techbench.store.DataFolder;

/**
 * Times preventive maintenance on an existing demo store: the due list over every asset (first,
 * with its index built, then as the screen asks again), saving one answer during an inspection,
 * and opening an asset's inspection history.
 */
public final class MaintenanceBenchmark {

    public static void main(String[] args) {
        DataFolder folder = EncryptedStores.unlock(new DataFolder(Path.of(args[0])));
        try (Workbench workbench = Workbench.open(folder, Clock.systemDefaultZone(), "bench")) {
            var maintenance = workbench.maintenance();
            maintenance.seedBuiltIns();
            LocalDate week = LocalDate.now().plusDays(7);
            long start = System.nanoTime();
            List<DueCheck> due = maintenance.due(null, null, week);
            System.out.printf("| due list, all assets, first (index of last-done checks built) | %d ms, %,d checklists due |%n",
                    (System.nanoTime() - start) / 1_000_000, due.size());
            List<Long> again = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                start = System.nanoTime();
                maintenance.due(null, null, week);
                again.add((System.nanoTime() - start) / 1_000_000);
            }
            print("due list over all assets, shown again", again);
            start = System.nanoTime();
            var counts = maintenance.dueCounts();
            System.out.printf("| dashboard due counts | %d ms (%s) |%n", (System.nanoTime() - start) / 1_000_000, counts);

            DueCheck first = due.getFirst();
            Inspection inspection = maintenance.start(first.assetId(), first.templateId());
            ChecklistItem item = first.items().stream().filter(i -> i.answerType() == org.techbench.domain.maintenance.AnswerType.PASS_FAIL)
                    .findFirst().orElse(first.items().getFirst());
            List<Long> saves = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                long t = System.nanoTime();
                maintenance.answer(inspection.id(), item.id(), Answer.verdict(i % 7 == 0 ? CheckOutcome.FAIL : CheckOutcome.PASS));
                saves.add((System.nanoTime() - t) / 1_000);
            }
            Collections.sort(saves);
            System.out.printf("| saving one answer during an inspection (300 saves) | median %.1f ms, p95 %.1f ms, max %.1f ms |%n",
                    saves.get(150) / 1000.0, saves.get(285) / 1000.0, saves.getLast() / 1000.0);

            List<Long> histories = new ArrayList<>();
            for (DueCheck check : due.subList(0, Math.min(20, due.size()))) {
                UUID asset = check.assetId();
                long t = System.nanoTime();
                var history = maintenance.history(asset);
                if (!history.isEmpty()) {
                    maintenance.record(history.getFirst().id());
                }
                histories.add((System.nanoTime() - t) / 1_000_000);
            }
            print("opening an asset's inspection history and its latest record", histories);
        }
    }

    private static void print(String what, List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("| %s | median %d ms, max %d ms |%n", what, sorted.get(sorted.size() / 2), sorted.getLast());
    }
}
