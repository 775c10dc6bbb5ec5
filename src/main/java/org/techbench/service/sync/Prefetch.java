package org.techbench.service.sync;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Pages fetched one ahead: while the caller works on a page, the next one is already being asked
 * for, so hub and laptop work at the same time. {@code fetch} gets the previous page (null at
 * first) and returns the next, or null when there is none.
 */
final class Prefetch<T> implements AutoCloseable {

    private final Function<T, T> fetch;
    private final ExecutorService fetcher = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("sync-prefetch").factory());
    private CompletableFuture<T> ahead;

    Prefetch(Function<T, T> fetch) {
        this.fetch = fetch;
        this.ahead = CompletableFuture.supplyAsync(() -> fetch.apply(null), fetcher);
    }

    /** The next page, or null when there are no more; a failed fetch is thrown here, as it was. */
    T next() {
        T page;
        try {
            page = ahead.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        if (page != null) {
            T current = page;
            ahead = CompletableFuture.supplyAsync(() -> fetch.apply(current), fetcher);
        }
        return page;
    }

    @Override
    public void close() {
        fetcher.shutdownNow();
    }
}
