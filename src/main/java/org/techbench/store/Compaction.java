package org.techbench.store;

import java.util.OptionalLong;

/**
 * When closing the store first rewrites its file with only its live pages, compressed. The store
 * appends every commit to its file and never writes into the space old versions leave (see
 * {@link Store}), so a day of single saves can grow a small store by hundreds of megabytes: this
 * gives that back, and keeps the file, and so a backup's time, within a bound.
 */
public record Compaction(long minimumFileBytes, int maximumLivePercent, int maximumGrowthPercent) {

    /**
     * A file of 64 MB or more that is at most half live, or twice the size it had when last
     * compacted, or never compacted yet. The last matters as much as the first: compaction
     * compresses, so a file of live pages that were never compacted is still about three times
     * what it could be (a 5.2 GB store half live became 0.9 GB).
     */
    public static final Compaction STANDARD = new Compaction(64L << 20, 50, 200);

    /** Whether a file of this size, this percentage of it live, last compacted to {@code compactedBytes}, is worth rewriting. */
    public boolean worthIt(long fileBytes, int livePercent, OptionalLong compactedBytes) {
        return fileBytes >= minimumFileBytes && (livePercent <= maximumLivePercent || compactedBytes.isEmpty()
                || fileBytes * 100 >= compactedBytes.getAsLong() * maximumGrowthPercent);
    }
}
