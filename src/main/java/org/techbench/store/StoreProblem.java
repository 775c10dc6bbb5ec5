package org.techbench.store;

/** Why a store could not be opened or written. */
public enum StoreProblem {
    /** Another TechBench already has this data folder open. */
    LOCKED,
    /** The database file cannot be read as a TechBench store. */
    DAMAGED,
    /** The store was written by a newer TechBench than this one. */
    NEWER_VERSION,
    /** The data folder cannot be created or written. */
    NOT_WRITABLE,
    /** The store is encrypted and the passphrase given does not unlock its key. */
    WRONG_PASSPHRASE,
    /** The store is encrypted and its key file cannot be read. */
    KEY_UNREADABLE
}
