package org.techbench.ui.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.techbench.service.ScreenLock;
import org.techbench.service.ScreenLockPins;
import org.techbench.ui.common.Background;

/**
 * The screen lock: locks the window after the idle time the technician chose, or at once when asked,
 * and opens it again for the right PIN; five wrong PINs in a row make the next try wait half a minute.
 */
public final class ScreenLockViewModel {

    /** What the lock says under the PIN. */
    public enum Message { NONE, CHECKING, WRONG, WAIT }

    static final int TRIES = 5;
    static final Duration PAUSE = Duration.ofSeconds(30);

    private final ScreenLockPins pins;
    private final Background background;
    private final Clock clock;
    private final Supplier<ScreenLock> settings;
    private final BooleanProperty locked = new SimpleBooleanProperty(false);
    private final ObjectProperty<Message> message = new SimpleObjectProperty<>(Message.NONE);
    private Instant lastActivity;
    private int wrongInARow;
    private Instant waitUntil = Instant.MIN;

    public ScreenLockViewModel(ScreenLockPins pins, Background background, Clock clock, Supplier<ScreenLock> settings) {
        this.pins = pins;
        this.background = background;
        this.clock = clock;
        this.settings = settings;
        this.lastActivity = clock.instant();
    }

    public ReadOnlyBooleanProperty locked() {
        return locked;
    }

    public ReadOnlyObjectProperty<Message> message() {
        return message;
    }

    /** The technician used the keyboard or the mouse: the idle time starts again. */
    public void activity() {
        if (!locked.get()) {
            lastActivity = clock.instant();
        }
    }

    /** Locks when the window has been idle for the chosen time. Called every few seconds. */
    public void tick() {
        ScreenLock lock = settings.get();
        if (lock.on() && !locked.get()
                && !Duration.between(lastActivity, clock.instant()).minusMinutes(lock.idleMinutes()).isNegative()) {
            lockNow();
        }
    }

    /** Whether the window can be locked: only with a PIN to open it again. */
    public boolean canLock() {
        return settings.get().hasPin();
    }

    public void lockNow() {
        if (canLock()) {
            message.set(Message.NONE);
            locked.set(true);
        }
    }

    public void unlock(String pin) {
        if (!locked.get() || message.get() == Message.CHECKING) {
            return;
        }
        if (clock.instant().isBefore(waitUntil)) {
            message.set(Message.WAIT);
            return;
        }
        message.set(Message.CHECKING);
        ScreenLock lock = settings.get();
        background.run(() -> pins.matches(pin, lock), right -> {
            if (right) {
                wrongInARow = 0;
                lastActivity = clock.instant();
                message.set(Message.NONE);
                locked.set(false);
            } else if (++wrongInARow >= TRIES) {
                wrongInARow = 0;
                waitUntil = clock.instant().plus(PAUSE);
                message.set(Message.WAIT);
            } else {
                message.set(Message.WRONG);
            }
        }, error -> message.set(Message.WRONG));
    }
}
