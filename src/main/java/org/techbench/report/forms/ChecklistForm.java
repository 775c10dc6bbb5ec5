package org.techbench.report.forms;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.techbench.domain.maintenance.ChecklistItem;

/**
 * One blank checklist form to print: the checklist version and its items for one asset (or for
 * any asset, its tag written in by hand when {@code assetId} is null), and the day it is due. The
 * form's id becomes the inspection's id when it comes back filled in, so a form imports once.
 */
public record ChecklistForm(UUID formId, String site, UUID assetId, String tag, String assetName, UUID templateId,
                            String templateCode, int templateVersion, String checklist, List<ChecklistItem> items,
                            LocalDate due) {

    public ChecklistForm {
        items = List.copyOf(items);
    }
}
