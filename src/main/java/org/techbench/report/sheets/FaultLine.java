package org.techbench.report.sheets;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One fault as the fault and SLA report prints it: its times, how long the response and the
 * resolution took (time waiting on the customer or a vendor taken off) against their targets, and
 * whether each was met (null while it has not happened yet).
 */
public record FaultLine(String number, String site, String asset, String category, String subcategory, String priority,
                        String status, String symptom, OffsetDateTime reported, OffsetDateTime responded,
                        OffsetDateTime resolved, OffsetDateTime closed, Duration response, Duration responseTarget,
                        Boolean responseMet, Duration resolution, Duration resolutionTarget, Boolean resolutionMet,
                        Duration waited, String rootCause, String whatWasDone, Integer satisfaction, String comment) {
}
