package org.techbench.domain.audit;

import java.util.UUID;

/** Someone who appears in the audit trail, to filter it by. */
public record AuditAuthor(UUID id, String name) {
}
