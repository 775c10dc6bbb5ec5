package org.techbench.ui.knowledge;

import java.util.UUID;
import org.techbench.ui.common.Place;

/**
 * The Knowledge screen with one article open (or none); {@code draftFromFault} opens the editor
 * with an article written from that resolved fault's summary.
 */
public record KnowledgePlace(UUID articleId, UUID draftFromFault) implements Place {

    public static final String SCREEN = "knowledge";

    public static KnowledgePlace all() {
        return new KnowledgePlace(null, null);
    }

    public static KnowledgePlace article(UUID articleId) {
        return new KnowledgePlace(articleId, null);
    }

    /** "Write article" on a resolved fault. */
    public static KnowledgePlace draftFrom(UUID faultId) {
        return new KnowledgePlace(null, faultId);
    }

    @Override
    public String screen() {
        return SCREEN;
    }
}
