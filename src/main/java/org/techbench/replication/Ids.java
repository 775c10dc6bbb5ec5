package org.techbench.replication;

import com.github.f4b6a3.uuid.UuidCreator;
import java.util.UUID;

/** Row ids: UUID version 7, time-ordered so that new rows land at the end of their indexes. */
public final class Ids {

    private Ids() {
    }

    public static UUID next() {
        return UuidCreator.getTimeOrderedEpoch();
    }
}
