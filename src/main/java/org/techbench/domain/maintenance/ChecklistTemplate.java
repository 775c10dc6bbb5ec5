package org.techbench.domain.maintenance;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.techbench.domain.asset.AssetKind;

/** One version of a periodic checklist for some kinds of asset; an edit makes the next version under the same code. */
public record ChecklistTemplate(UUID id, UUID siteId, String code, int version, Bilingual name,
                                Set<AssetKind> assetKinds, Scheduling scheduling, List<ChecklistItem> items) {

    public ChecklistTemplate {
        assetKinds = Set.copyOf(assetKinds);
        items = List.copyOf(items);
    }
}
