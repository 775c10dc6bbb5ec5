package org.techbench.domain.asset;

import java.time.Instant;
import java.util.UUID;

/**
 * One event in an asset's history: an inspection, a fault, a procedure run or a component fitted
 * or removed. {@code recordId} names the row the entry comes from, so a screen can open it.
 */
public record TimelineEntry(Instant at, TimelineKind kind, UUID recordId, String title, String detail) {
}
