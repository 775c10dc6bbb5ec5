package org.techbench.domain.maintenance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.techbench.domain.asset.AssetKind;

/** The checks of one template that fall due on one asset by a day, the earliest first. */
public record DueCheck(UUID assetId, UUID siteId, String siteCode, String tag, String assetName, AssetKind kind,
                       UUID templateId, Bilingual templateName, List<ChecklistItem> items, LocalDate earliestDue) {

    public DueCheck {
        items = List.copyOf(items);
    }

    /** Days past due on {@code today}: negative when not yet due. */
    public long daysOverdue(LocalDate today) {
        return today.toEpochDay() - earliestDue.toEpochDay();
    }
}
