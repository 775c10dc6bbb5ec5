package org.techbench.domain.audit;

import java.time.Instant;

/** One recorded change: when, what was done, by whom, and a one-line summary. */
public record AuditEntry(Instant at, String action, String technician, String summary) {
}
