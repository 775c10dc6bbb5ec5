package org.techbench.domain.audit;

import java.util.List;

/** The newest entries a filter lets through, and how many it lets through in all. */
public record AuditPage(List<AuditEvent> events, int total) {
}
