package org.techbench.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The one way to move about the window: any screen opens any place, and back and forward retrace
 * the way like a browser. It outlives the window's screens, so a language switch that builds them
 * again comes back to the same place with the same history.
 */
public final class Navigator {

    /** How far back the history reaches; older places are forgotten. */
    private static final int HISTORY = 100;

    private final Deque<Place> backward = new ArrayDeque<>();
    private final Deque<Place> forward = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Place> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper();
    private Consumer<Place> display = place -> { };

    /** Who shows a place: the shell, once its screens exist (again after a rebuild). */
    public void attach(Consumer<Place> display) {
        this.display = Objects.requireNonNull(display);
    }

    /** Opens {@code place}; the place left goes into the history unless it is the same. */
    public void goTo(Place place) {
        Objects.requireNonNull(place);
        Place leaving = current.get();
        if (leaving != null && !leaving.equals(place)) {
            backward.push(leaving);
            if (backward.size() > HISTORY) {
                backward.removeLast();
            }
            forward.clear();
        }
        show(place);
    }

    /**
     * Records that the screen itself moved to {@code place} (a filter changed, a tab chosen) without
     * showing it again: the history gains no step for it, but back and a rebuild return to it.
     */
    public void replace(Place place) {
        current.set(Objects.requireNonNull(place));
    }

    public boolean back() {
        if (backward.isEmpty()) {
            return false;
        }
        forward.push(current.get());
        show(backward.pop());
        return true;
    }

    public boolean forward() {
        if (forward.isEmpty()) {
            return false;
        }
        backward.push(current.get());
        show(forward.pop());
        return true;
    }

    /** Shows the current place again, as after the screens were built anew. */
    public void reopen() {
        if (current.get() != null) {
            show(current.get());
        }
    }

    public ReadOnlyObjectProperty<Place> current() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBack() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForward() {
        return canGoForward.getReadOnlyProperty();
    }

    private void show(Place place) {
        current.set(place);
        canGoBack.set(!backward.isEmpty());
        canGoForward.set(!forward.isEmpty());
        display.accept(place);
    }
}
