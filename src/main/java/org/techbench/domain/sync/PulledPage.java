package org.techbench.domain.sync;

import java.util.List;

/** One page of the hub's log after a cursor, with the cursor to ask from next. */
public record PulledPage(List<LoggedChange> changes, long cursor, boolean more) {

    public PulledPage {
        changes = List.copyOf(changes);
    }
}
