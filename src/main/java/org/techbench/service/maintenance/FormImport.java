package org.techbench.service.maintenance;

import java.nio.file.Path;
import java.util.List;
import org.techbench.domain.maintenance.Inspection;
import org.techbench.domain.maintenance.InspectionResult;

/**
 * A file of filled-in checklist forms, read and checked but not yet imported: the inspections it
 * would add, every problem by sheet and row, and what is left out on purpose (forms not filled in,
 * forms imported before). Nothing is imported while it has problems.
 */
public record FormImport(Path file, List<Ready> ready, List<Problem> problems, List<Problem> notices) {

    public FormImport {
        ready = List.copyOf(ready);
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }

    /** One form turned into a finished inspection with its answers. */
    public record Ready(String sheet, String tag, String checklist, String templateCode, Inspection inspection,
                        List<InspectionResult> results) {

        public Ready {
            results = List.copyOf(results);
        }

        public long failed() {
            return results.stream().filter(r -> r.outcome() == org.techbench.domain.maintenance.CheckOutcome.FAIL).count();
        }
    }

    /** Something about one form, by sheet and row as Excel numbers it (0: the whole form), in words. */
    public record Problem(String sheet, int row, String message) {
    }

    public boolean acceptable() {
        return problems.isEmpty() && !ready.isEmpty();
    }
}
