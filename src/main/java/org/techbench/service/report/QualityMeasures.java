package org.techbench.service.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.fault.SlaState;
import org.techbench.report.sheets.QualityLine;

/**
 * The service-quality figures of service manual ch.10, counted over a group of faults: response
 * time (mean, median and 90th percentile), resolution rate, first-time fix rate, SLA compliance,
 * satisfaction (mean and distribution) and process compliance.
 */
final class QualityMeasures {

    private QualityMeasures() {
    }

    /**
     * One fault as the figures see it: its record, its SLA clocks, and how many times it was
     * resolved (more than once means it was reopened, so not fixed the first time).
     */
    record Counted(Fault fault, SlaState sla, int timesResolved) {

        boolean cancelled() {
            return fault.status() == FaultStatus.CANCELLED;
        }

        boolean resolved() {
            return fault.resolvedAt() != null
                    && (fault.status() == FaultStatus.RESOLVED || fault.status() == FaultStatus.CLOSED);
        }

        /** A full summary (cause, what was done, lessons, prevention) and the customer's rating. */
        boolean processComplete() {
            return filled(fault.rootCause()) && filled(fault.resolution()) && filled(fault.lessons())
                    && filled(fault.prevention()) && fault.satisfaction() != null;
        }

        private static boolean filled(String text) {
            return text != null && !text.isBlank();
        }
    }

    static QualityLine of(String group, Collection<Counted> faults) {
        long counted = 0;
        long resolved = 0;
        long firstTime = 0;
        long resolutionMet = 0;
        long responded = 0;
        long responseMet = 0;
        long complete = 0;
        long[] ratings = new long[5];
        long rated = 0;
        long ratingSum = 0;
        List<Double> responseHours = new ArrayList<>();
        for (Counted c : faults) {
            if (c.cancelled()) {
                continue;
            }
            counted++;
            Fault f = c.fault();
            if (f.respondedAt() != null) {
                responded++;
                responseHours.add(Duration.between(f.reportedAt(), f.respondedAt()).toSeconds() / 3600.0);
                if (!f.respondedAt().toInstant().isAfter(c.sla().responseDue())) {
                    responseMet++;
                }
            }
            if (c.resolved()) {
                resolved++;
                if (c.timesResolved() <= 1) {
                    firstTime++;
                }
                if (!f.resolvedAt().toInstant().isAfter(c.sla().resolutionDue())) {
                    resolutionMet++;
                }
                if (c.processComplete()) {
                    complete++;
                }
            }
            if (f.satisfaction() != null) {
                ratings[f.satisfaction() - 1]++;
                rated++;
                ratingSum += f.satisfaction();
            }
        }
        responseHours.sort(Double::compare);
        return new QualityLine(group, counted, resolved, share(resolved, counted), share(firstTime, resolved),
                share(responseMet, responded), share(resolutionMet, resolved), mean(responseHours),
                percentile(responseHours, 0.5), percentile(responseHours, 0.9),
                rated == 0 ? null : round(ratingSum / (double) rated, 100), rated, ratings, share(complete, resolved));
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : part / (double) whole;
    }

    private static Double mean(List<Double> sorted) {
        return sorted.isEmpty() ? null : round(sorted.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), 10);
    }

    /** The nearest-rank percentile of sorted values: the smallest value at least that share of them do not exceed. */
    static Double percentile(List<Double> sorted, double share) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(share * sorted.size());
        return round(sorted.get(Math.max(0, rank - 1)), 10);
    }

    private static double round(double value, int per) {
        return Math.round(value * per) / (double) per;
    }
}
