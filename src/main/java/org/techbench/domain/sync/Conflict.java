package org.techbench.domain.sync;

/**
 * A local edit that lost to a concurrent edit from elsewhere: the field, the value that lost (the
 * technician may restore it, which is a new edit) and the value that won.
 */
public record Conflict(String field, Versioned lost, Versioned won) {
}
