package org.techbench.ui;

import java.util.concurrent.Callable;

/** Waits for background work in view-model tests: polls a condition for up to ten seconds. */
final class Await {

    private Await() {
    }

    static void until(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(20);
        }
    }
}
