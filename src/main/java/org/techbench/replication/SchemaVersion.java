package org.techbench.replication;

/** The schema version this build writes; every outgoing change carries it. */
public final class SchemaVersion {

    /** The highest migration in {@code db/migration}; a test keeps the two equal. */
    public static final int CURRENT = 19;

    private SchemaVersion() {
    }
}
