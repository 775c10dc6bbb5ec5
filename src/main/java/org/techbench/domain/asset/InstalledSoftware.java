package org.techbench.domain.asset;

import java.time.LocalDate;
import java.util.UUID;

/** A program installed on an asset. */
public record InstalledSoftware(
        UUID id,
        UUID siteId,
        UUID assetId,
        String name,
        String version,
        String vendor,
        LocalDate installedOn,
        String licence) {
}
