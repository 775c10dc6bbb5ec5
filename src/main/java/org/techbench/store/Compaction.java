package org.techbench.store;

/**
 * When closing the store first rewrites its file with only its live pages. The store appends every
 * commit to its file and never writes into the space old versions leave (see {@link Store}), so a
 * day of single saves can grow a small store by hundreds of megabytes: this gives that back.
 */
public record Compaction(long minimumFileBytes, int maximumLivePercent) {

    /** A file of 64 MB or more of which at most half is live data. */
    public static final Compaction WHEN_MOSTLY_FREE = new Compaction(64L << 20, 50);

    /** Whether a file of this size, of which this percentage is live, is worth rewriting. */
    public boolean worthIt(long fileBytes, int livePercent) {
        return fileBytes >= minimumFileBytes && livePercent <= maximumLivePercent;
    }
}
