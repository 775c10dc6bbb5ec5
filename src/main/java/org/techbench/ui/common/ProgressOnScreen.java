package org.techbench.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;
import org.techbench.service.Progress;

/**
 * Progress of background work shown on screen: the fraction done (-1 while unknown) is handed to
 * the UI thread, and the work stops at its next check once {@link #cancel()} was called.
 */
public final class ProgressOnScreen implements Progress {

    private final Background background;
    private final DoubleConsumer show;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public ProgressOnScreen(Background background, DoubleConsumer show) {
        this.background = background;
        this.show = show;
    }

    @Override
    public void report(String stage, long done, long total) {
        double fraction = total <= 0 ? -1 : (double) done / total;
        background.onUiThread(() -> show.accept(fraction));
    }

    @Override
    public boolean cancelled() {
        return cancelled.get();
    }

    public void cancel() {
        cancelled.set(true);
    }
}
