package org.techbench.domain.asset;

import java.time.LocalDate;
import java.util.UUID;

/** One line of the asset list: the fields its columns show, with the site's code. */
public record AssetListRow(
        UUID id,
        UUID siteId,
        String siteCode,
        String tag,
        String name,
        AssetKind kind,
        String make,
        String model,
        String serial,
        String ipAddress,
        String hostname,
        AssetStatus status,
        LocalDate warrantyEndsOn,
        boolean archived) {
}
