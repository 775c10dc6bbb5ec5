package org.techbench.report.sheets;

/**
 * The service-quality figures of one group of faults (a month, a technician, a category, a
 * priority, or all): counts, shares from 0 to 1 and response hours; null where there is nothing to
 * measure (no fault resolved, none rated).
 */
public record QualityLine(String group, long faults, long resolved, Double resolutionRate, Double firstTimeFix,
                          Double responseMet, Double resolutionMet, Double meanResponseHours, Double medianResponseHours,
                          Double p90ResponseHours, Double satisfaction, long rated, long[] ratings, Double processCompliance) {

    public QualityLine {
        ratings = ratings.clone();
    }

    /** How many faults were rated 1 to 5: {@code ratings()[0]} is the count of ones. */
    @Override
    public long[] ratings() {
        return ratings.clone();
    }
}
