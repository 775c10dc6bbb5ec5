package org.techbench.service.procedure;

import java.util.List;
import java.util.UUID;
import org.techbench.domain.procedure.RunEffect;

/**
 * A run whole: what it is for, every recorded step with who, when and what, and what it changed on
 * the asset (null when nothing). {@code procedureKnown} is false for a run of a procedure this
 * laptop does not have (its steps show by number). {@code assetAddress} is where a tool step aims
 * by default: the asset's IP address, else its host name.
 */
public record RunRecord(RunListing listing, boolean procedureKnown, List<RecordedStep> steps, RunEffect effect,
                        UUID assetId, UUID faultId, String assetAddress) {
}
