package org.techbench.domain.asset;

import java.time.LocalDate;
import java.util.UUID;

/** A piece of equipment at a customer site. */
public record Asset(
        UUID id,
        UUID siteId,
        String tag,
        String name,
        AssetKind kind,
        String make,
        String model,
        String serial,
        String location,
        String ipAddress,
        String hostname,
        AssetStatus status,
        LocalDate purchasedOn,
        LocalDate warrantyEndsOn,
        String notes,
        boolean archived) {
}
