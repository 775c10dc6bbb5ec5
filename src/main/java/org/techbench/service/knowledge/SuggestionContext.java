package org.techbench.service.knowledge;

import java.util.UUID;
import org.techbench.domain.fault.FaultSubcategory;

/**
 * What a technician is typing and about what: the symptom, and where known the asset (its model
 * ranks higher), the fault class (its component ranks higher) and the fault itself (left out).
 */
public record SuggestionContext(String symptom, UUID assetId, FaultSubcategory subcategory, UUID faultId) {
}
