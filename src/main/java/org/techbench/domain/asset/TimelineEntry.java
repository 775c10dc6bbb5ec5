package org.techbench.domain.asset;

import java.time.Instant;
import java.util.UUID;

/**
 * One event in an asset's history: an inspection, a fault, a procedure run or a component fitted
 * or removed. {@code recordId} names the row the entry comes from, so a screen can open it;
 * {@code state} is the enum name a screen words in its language (the inspection's outcome, the
 * fault's or run's status, the part's kind); {@code dateOnly} marks part changes, which have a day
 * but no time.
 */
public record TimelineEntry(Instant at, boolean dateOnly, TimelineKind kind, UUID recordId, String title, String state,
                            String detail) {
}
