package org.techbench.domain.site;

import java.time.ZoneId;
import java.util.UUID;

/** A customer site: the unit of service and of sync scope. */
public record Site(
        UUID id,
        String code,
        String name,
        String address,
        ZoneId timeZone,
        String contactName,
        String contactPhone,
        String contactEmail,
        boolean archived) {
}
