package org.techbench.domain.quality;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.fault.Priority;

/** The figures a technician sees first: assets, faults and this month's inspections. */
public record Overview(
        long assets,
        Map<AssetKind, Long> assetsByKind,
        List<SiteAssets> assetsBySite,
        Map<FaultStatus, Long> faultsByStatus,
        Map<Priority, Long> openFaultsByPriority,
        long inspectionsThisMonth,
        long failedInspectionsThisMonth) {

    public Overview {
        assetsByKind = Map.copyOf(assetsByKind);
        assetsBySite = List.copyOf(assetsBySite);
        faultsByStatus = Map.copyOf(faultsByStatus);
        openFaultsByPriority = Map.copyOf(openFaultsByPriority);
    }

    public long openFaults() {
        return openFaultsByPriority.values().stream().mapToLong(Long::longValue).sum();
    }

    /** How many assets one site has. */
    public record SiteAssets(UUID siteId, String siteCode, String siteName, long assets) {
    }
}
