package org.techbench.ui.settings;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.techbench.service.ScreenLock;
import org.techbench.service.ScreenLockPins;
import org.techbench.ui.common.Background;

/** Settings' screen lock: after how long the window locks, and the PIN (typed twice) that opens it. */
public final class ScreenLockSettingsViewModel {

    /** What the section says under its fields. */
    public enum State { UNCHANGED, SAVED, PIN_NEEDED, NOT_A_PIN, PINS_DIFFER }

    private final ScreenLockPins pins;
    private final Background background;
    private final Supplier<ScreenLock> current;
    private final Consumer<ScreenLock> save;
    private final ObjectProperty<Integer> minutes = new SimpleObjectProperty<>(0);
    private final StringProperty pin = new SimpleStringProperty("");
    private final StringProperty pinAgain = new SimpleStringProperty("");
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.UNCHANGED);

    public ScreenLockSettingsViewModel(ScreenLockPins pins, Background background, Supplier<ScreenLock> current,
                                       Consumer<ScreenLock> save) {
        this.pins = pins;
        this.background = background;
        this.current = current;
        this.save = save;
        minutes.set(current.get().idleMinutes());
    }

    public ObjectProperty<Integer> minutes() {
        return minutes;
    }

    public StringProperty pin() {
        return pin;
    }

    public StringProperty pinAgain() {
        return pinAgain;
    }

    public ObjectProperty<State> state() {
        return state;
    }

    /** Whether a PIN is set already: then leaving the PIN fields empty keeps it. */
    public boolean hasPin() {
        return current.get().hasPin();
    }

    public void save() {
        int chosen = minutes.get() == null ? 0 : minutes.get();
        String typed = pin.get() == null ? "" : pin.get().strip();
        if (typed.isEmpty()) {
            if (chosen > 0 && !hasPin()) {
                state.set(State.PIN_NEEDED);
                return;
            }
            save.accept(new ScreenLock(chosen, current.get().pinHash()));
            state.set(State.SAVED);
            return;
        }
        if (!ScreenLockPins.acceptable(typed)) {
            state.set(State.NOT_A_PIN);
            return;
        }
        if (!typed.equals(pinAgain.get() == null ? "" : pinAgain.get().strip())) {
            state.set(State.PINS_DIFFER);
            return;
        }
        background.run(() -> pins.hash(typed), hash -> {
            save.accept(new ScreenLock(chosen, hash));
            pin.set("");
            pinAgain.set("");
            state.set(State.SAVED);
        }, error -> state.set(State.NOT_A_PIN));
    }
}
