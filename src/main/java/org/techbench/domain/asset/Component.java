package org.techbench.domain.asset;

import java.time.LocalDate;
import java.util.UUID;

/** A part fitted in an asset; a removed part keeps its row with a removal date. */
public record Component(
        UUID id,
        UUID siteId,
        UUID assetId,
        ComponentKind kind,
        String make,
        String model,
        String serial,
        String capacity,
        LocalDate fittedOn,
        LocalDate removedOn) {
}
