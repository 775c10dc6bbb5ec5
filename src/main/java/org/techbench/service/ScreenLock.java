package org.techbench.service;

/**
 * The laptop's screen lock: after {@code idleMinutes} without a key or the mouse the window hides its
 * data until the PIN is given (0: never); {@code pinHash} is the PIN as {@link ScreenLockPins} hashed it.
 */
public record ScreenLock(int idleMinutes, String pinHash) {

    /** The idle times offered, in minutes. */
    public static final java.util.List<Integer> CHOICES = java.util.List.of(0, 1, 5, 10, 15, 30, 60);

    public ScreenLock {
        idleMinutes = Math.max(0, idleMinutes);
        pinHash = pinHash == null ? "" : pinHash;
    }

    public static ScreenLock off() {
        return new ScreenLock(0, "");
    }

    /** Whether the window locks: an idle time and a PIN are both set. */
    public boolean on() {
        return idleMinutes > 0 && !pinHash.isEmpty();
    }

    public boolean hasPin() {
        return !pinHash.isEmpty();
    }
}
