package org.techbench.replication;

import java.time.Clock;
import java.util.Collection;
import java.util.function.Function;
import org.jooq.DSLContext;

/** What the sync engine needs of the laptop's database; the store provides it. */
public interface ReplicaDatabase {

    /** Reads outside a write transaction. */
    DSLContext dsl();

    /**
     * Runs {@code work} in one transaction that applies changes from the hub: it writes no outbox
     * entry, and moves the clock past {@code remoteHighWater} so later local edits follow what
     * this laptop has seen. {@code tables} are those whose cached readings go stale.
     */
    <T> T receive(Collection<String> tables, long remoteHighWater, Function<DSLContext, T> work);

    /** Statements rendered once per shape and kept for the life of the database. */
    RenderedStatements statements();

    /** This laptop's node id in the team. */
    String nodeId();

    Clock wallClock();
}
