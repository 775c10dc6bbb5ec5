package org.techbench.domain.audit;

import java.time.Instant;
import java.util.UUID;

/** Which audit entries to list: by whom (null: anyone), about which subject (null: any), from and until when (null: open). */
public record AuditFilter(UUID technicianId, String subject, Instant from, Instant until) {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null);
    }
}
