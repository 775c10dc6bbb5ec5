package org.techbench.service.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP proxy in front of the hub that passes the hub's first N bytes to the laptop and
 * then holds the rest back, so a test can kill the laptop at a known point of its sync rather
 * than after a guessed number of milliseconds.
 */
final class StallingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final String hubHost;
    private final int hubPort;
    private final AtomicLong passed = new AtomicLong();
    private volatile long bytesBeforeStall = Long.MAX_VALUE;
    private volatile CountDownLatch stalled = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    StallingProxy(String hubUrl) throws IOException {
        URI hub = URI.create(hubUrl);
        this.hubHost = hub.getHost();
        this.hubPort = hub.getPort();
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    String url() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** From now on, passes this many more of the hub's bytes and then holds the rest back. */
    void stallAfter(long bytes) {
        stalled = new CountDownLatch(1);
        passed.set(0);
        bytesBeforeStall = bytes;
    }

    /** Waits until the hub's answers have been held back; false when the laptop finished first. */
    boolean awaitStall(long seconds) throws InterruptedException {
        return stalled.await(seconds, TimeUnit.SECONDS);
    }

    private void accept() {
        try {
            while (!listener.isClosed()) {
                Socket laptop = listener.accept();
                Socket hub = new Socket(hubHost, hubPort);
                sockets.add(laptop);
                sockets.add(hub);
                Thread.ofVirtual().start(() -> pump(laptop, hub, false));
                Thread.ofVirtual().start(() -> pump(hub, laptop, true));
            }
        } catch (IOException closed) {
            // The proxy was closed.
        }
    }

    private void pump(Socket from, Socket to, boolean fromHub) {
        byte[] buffer = new byte[8192];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int read;
            while ((read = in.read(buffer)) >= 0) {
                long limit = bytesBeforeStall;
                int sent = fromHub ? (int) Math.max(0, Math.min(read, limit - passed.getAndAdd(read))) : read;
                out.write(buffer, 0, sent);
                out.flush();
                if (sent < read || fromHub && passed.get() >= limit) {
                    // Hold the line open and silent: the laptop waits, as on a network that stopped answering.
                    stalled.countDown();
                    closed.await();
                    return;
                }
            }
            to.shutdownOutput();
        } catch (IOException | InterruptedException hungUp) {
            // Either side hung up, or the proxy was closed.
        }
    }

    @Override
    public void close() throws IOException {
        closed.countDown();
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
