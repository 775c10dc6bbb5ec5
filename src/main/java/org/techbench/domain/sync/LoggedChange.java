package org.techbench.domain.sync;

/** A change as the hub's log holds it: its position in the one serial order, and the change. */
public record LoggedChange(long position, RowChange change) {
}
