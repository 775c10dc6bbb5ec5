package org.techbench.service.asset;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs an import's writes in order on a thread of their own while the file goes on being read: on
 * two cores, reading and writing a whole export overlap instead of taking turns. A failed write stops
 * the writes after it and is thrown to the reader at its next hand-over.
 */
final class WriteBehind implements AutoCloseable {

    private static final Runnable END = () -> { };

    private final BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(4);
    private final Thread thread;
    private volatile Throwable failure;

    WriteBehind() {
        thread = Thread.ofPlatform().name("import-writer").daemon().start(this::drain);
    }

    /** Hands a write over, waiting while four are queued; throws what an earlier write threw. */
    void submit(Runnable write) {
        rethrow();
        put(write);
    }

    /** Waits until every write handed over is done; throws what one of them threw. */
    void finish() {
        close();
        rethrow();
    }

    /** Lets the writes queued run out, and waits for the thread: nothing may write once the caller goes on. */
    @Override
    public void close() {
        if (!thread.isAlive()) {
            return;
        }
        boolean interrupted = false;
        boolean ended = false;
        while (thread.isAlive()) {
            try {
                ended = ended || queue.offer(END, 100, TimeUnit.MILLISECONDS);
                thread.join(100);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain() {
        while (true) {
            Runnable write;
            try {
                write = queue.take();
            } catch (InterruptedException e) {
                failure = e;
                return;
            }
            if (write == END) {
                return;
            }
            if (failure == null) {
                try {
                    write.run();
                } catch (Throwable e) {
                    failure = e;
                }
            }
        }
    }

    private void put(Runnable write) {
        try {
            queue.put(write);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while handing a write over", e);
        }
    }

    private void rethrow() {
        Throwable thrown = failure;
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        if (thrown != null) {
            throw new IllegalStateException("A write of the import failed", thrown);
        }
    }
}
