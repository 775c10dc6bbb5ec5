package org.techbench.service;

import org.techbench.domain.people.PasswordHasher;

/**
 * The rules for a screen-lock PIN (4 to 12 digits) and its hash. The PIN keeps a passer-by out of an
 * unattended window; it does not protect the store's file (that is encryption's part).
 */
public final class ScreenLockPins {

    /** Fewer iterations than the hub's passwords: unlocking should take a tenth of a second, not half of one. */
    private static final int ITERATIONS = 120_000;

    private final PasswordHasher hasher = new PasswordHasher(ITERATIONS);

    /** Whether the text can be a PIN: 4 to 12 digits. */
    public static boolean acceptable(String pin) {
        return pin != null && pin.matches("[0-9]{4,12}");
    }

    public String hash(String pin) {
        if (!acceptable(pin)) {
            throw new IllegalArgumentException("A PIN is 4 to 12 digits");
        }
        return hasher.hash(pin.toCharArray());
    }

    public boolean matches(String pin, ScreenLock lock) {
        return pin != null && lock.hasPin() && hasher.matches(pin.toCharArray(), lock.pinHash());
    }
}
