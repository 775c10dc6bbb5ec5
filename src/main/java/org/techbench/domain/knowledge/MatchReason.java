package org.techbench.domain.knowledge;

/** Why a search or suggestion ranked a result where it did, shown next to it. */
public enum MatchReason {
    WORDS, SAME_MODEL, SAME_COMPONENT, SAME_CATEGORY, REVIEWED, HELPED, RESOLVED_WITH_SUMMARY, RECENT
}
