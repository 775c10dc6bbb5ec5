package org.techbench.ui.shell;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/** Notices the first frame a scene shows and tells how long after the JVM started it came. */
public final class FirstFrame {

    private FirstFrame() {
    }

    /** Calls {@code then} with the milliseconds since JVM start, once, right after the first pulse. */
    public static void watch(Scene scene, java.util.function.LongConsumer then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // The pulse that laid the scene out renders it next; runLater lands after that pulse.
            Platform.runLater(() -> then.accept(sinceJvmStart()));
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    public static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
