package org.techbench.service.asset;

import java.time.Period;
import java.util.List;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.InstalledSoftware;
import org.techbench.domain.asset.TimelineEntry;
import org.techbench.domain.asset.WarrantyState;
import org.techbench.domain.site.Site;

/**
 * Everything the asset screen shows: the asset and its site, its warranty state and age today,
 * components fitted now and removed before, installed software and the history timeline.
 */
public record AssetDetail(
        Asset asset,
        Site site,
        WarrantyState warranty,
        Period age,
        List<Component> fitted,
        List<Component> removed,
        List<InstalledSoftware> software,
        List<TimelineEntry> timeline) {
}
