package org.techbench.domain.knowledge;

import java.util.EnumSet;
import java.util.Set;

/**
 * How a search result's text score is raised by what the technician has in front of them: the same
 * model and component, the same category; and by what the team has learned: reviewed articles,
 * articles that helped before, faults resolved with a full summary, recent ones. The text score
 * decides most; these only reorder results that match about as well.
 */
public final class Ranking {

    /** Results younger than this count as recent. */
    public static final long RECENT_DAYS = 365;

    private Ranking() {
    }

    /** What is known of one result besides its words. */
    public record Facts(boolean sameModel, boolean sameComponent, boolean sameCategory, boolean reviewed, int helped,
                        boolean resolvedWithSummary, long ageDays) {
    }

    /** A final score and the reasons that made it. */
    public record Scored(double score, Set<MatchReason> reasons) {
    }

    /** {@code textScore} is the result's share of the best text score in the list, from 0 to 1. */
    public static Scored score(double textScore, Facts facts) {
        Set<MatchReason> reasons = EnumSet.of(MatchReason.WORDS);
        double factor = 1;
        if (facts.sameModel()) {
            factor += 0.5;
            reasons.add(MatchReason.SAME_MODEL);
        }
        if (facts.sameComponent()) {
            factor += 0.25;
            reasons.add(MatchReason.SAME_COMPONENT);
        }
        if (facts.sameCategory()) {
            factor += 0.1;
            reasons.add(MatchReason.SAME_CATEGORY);
        }
        if (facts.reviewed()) {
            factor += 0.15;
            reasons.add(MatchReason.REVIEWED);
        }
        if (facts.helped() > 0) {
            factor += 0.1 * Math.log1p(facts.helped());
            reasons.add(MatchReason.HELPED);
        }
        if (facts.resolvedWithSummary()) {
            factor += 0.15;
            reasons.add(MatchReason.RESOLVED_WITH_SUMMARY);
        }
        if (facts.ageDays() >= 0 && facts.ageDays() <= RECENT_DAYS) {
            factor += 0.05;
            reasons.add(MatchReason.RECENT);
        }
        return new Scored(textScore * factor, reasons);
    }
}
