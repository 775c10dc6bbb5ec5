package org.techbench.domain.maintenance;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.techbench.domain.asset.AssetKind;

/** A versioned periodic checklist for some kinds of asset. */
public record ChecklistTemplate(UUID id, UUID siteId, String code, int version, String name,
                                Set<AssetKind> assetKinds, List<ChecklistItem> items) {
    public ChecklistTemplate {
        assetKinds = Set.copyOf(assetKinds);
        items = List.copyOf(items);
    }
}
