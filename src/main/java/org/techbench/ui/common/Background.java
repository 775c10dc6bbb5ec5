package org.techbench.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs database and file work off the FX thread and hands the result back on it. The thread
 * that receives results is injected, so view models can be tested without the toolkit.
 */
public final class Background implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Background.class);

    private final ExecutorService workers;
    private final java.util.concurrent.Executor uiThread;
    /** Work handed in whose result has not yet been handed back on the UI thread. */
    private final AtomicInteger unfinished = new AtomicInteger();

    public Background(java.util.concurrent.Executor uiThread) {
        this.uiThread = uiThread;
        this.workers = Executors.newFixedThreadPool(2, Thread.ofPlatform().daemon().name("background-", 0).factory());
    }

    public <T> Future<?> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        if (workers.isShutdown()) {
            // The window is closing: work asked for now (a timer's last tick) has no one to show it to.
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
        unfinished.incrementAndGet();
        return workers.submit(() -> {
            try {
                T result = work.call();
                if (Thread.currentThread().isInterrupted()) {
                    unfinished.decrementAndGet();
                } else {
                    uiThread.execute(() -> finish(() -> onSuccess.accept(result)));
                }
            } catch (Exception e) {
                LOG.warn("Background work failed", e);
                uiThread.execute(() -> finish(() -> onFailure.accept(e)));
            }
        });
    }

    private void finish(Runnable callback) {
        try {
            callback.run();
        } finally {
            unfinished.decrementAndGet();
        }
    }

    /**
     * True when every piece of work handed in has finished and its result was handed back: what
     * a view-model test waits for before it checks that something did not happen.
     */
    public boolean idle() {
        return unfinished.get() == 0;
    }

    /** Runs a small piece of UI work on the UI thread (progress from a worker, for example). */
    public void onUiThread(Runnable work) {
        uiThread.execute(work);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
