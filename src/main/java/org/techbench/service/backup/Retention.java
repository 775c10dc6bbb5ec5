package org.techbench.service.backup;

/** How many backups are kept: the newest of each of the last {@code daily} days and of the last {@code weekly} weeks. */
public record Retention(int daily, int weekly) {

    public Retention {
        if (daily < 1 || weekly < 0) {
            throw new IllegalArgumentException("keep at least one daily backup");
        }
    }

    public static Retention standard() {
        return new Retention(7, 4);
    }
}
