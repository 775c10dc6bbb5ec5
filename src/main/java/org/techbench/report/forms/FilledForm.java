package org.techbench.report.forms;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A checklist form as it came back: which form, asset (or the tag written in) and checklist
 * version, what was written against each item, and the sign-off. Blank cells are null.
 */
public record FilledForm(UUID formId, String sheet, UUID assetId, String tag, UUID templateId, int templateVersion,
                         List<Item> items, String technician, LocalDate date, String customer, String notes) {

    public FilledForm {
        items = List.copyOf(items);
    }

    /** What was written on one item's row (its row as Excel numbers it, from 1). */
    public record Item(UUID itemId, int row, String result, String reading, String note) {

        public boolean answered() {
            return result != null || reading != null;
        }
    }

    /** Whether nothing at all was written on the form: it was printed but not used. */
    public boolean blank() {
        return items.stream().noneMatch(i -> i.answered() || i.note() != null) && technician == null && date == null
                && customer == null && notes == null && tag == null;
    }
}
