package org.techbench.service.sync;

import java.util.List;

/**
 * What one sync did: changes sent and refused, rows received (from the log and from a snapshot),
 * new conflicts, how far the hub's clock is from this laptop's, how long each phase took, and the
 * attachments moved (with what could not be moved and why).
 */
public record SyncReport(int pushed, int refused, int pulled, long snapshotRows, int newConflicts,
                         Long hubOffsetMillis, Timings timings, int attachmentsSent, int attachmentsReceived,
                         List<String> attachmentProblems) {

    public SyncReport {
        attachmentProblems = List.copyOf(attachmentProblems);
    }

    /** How long each phase took, in milliseconds. */
    public record Timings(long pushMillis, long snapshotMillis, long pullMillis) {
    }

    /** Beyond this the laptop warns that its clock is wrong; the hub refuses changes five minutes ahead. */
    public static final long CLOCK_WARNING_MILLIS = 2 * 60_000;

    public boolean clockFarOff() {
        return hubOffsetMillis != null && Math.abs(hubOffsetMillis) > CLOCK_WARNING_MILLIS;
    }
}
