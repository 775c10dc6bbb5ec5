package org.techbench.domain.maintenance;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An inspection with everything it recorded: the template version it was done with, the newest
 * answer to each item, the photos of each answer, and the fault raised from a failed answer.
 */
public record InspectionRecord(Inspection inspection, ChecklistTemplate template, String assetTag, String assetName,
                               String technicianName, Map<UUID, InspectionResult> answers,
                               Map<UUID, List<UUID>> photosByResult, Map<UUID, UUID> faultsByResult) {

    public InspectionRecord {
        answers = Map.copyOf(answers);
        photosByResult = Map.copyOf(photosByResult);
        faultsByResult = Map.copyOf(faultsByResult);
    }

    /** The required items still without an answer, in checklist order. */
    public List<ChecklistItem> unansweredRequired() {
        return template.items().stream().filter(ChecklistItem::required).filter(item -> !answers.containsKey(item.id()))
                .toList();
    }
}
