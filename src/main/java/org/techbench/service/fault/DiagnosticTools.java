package org.techbench.service.fault;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.techbench.domain.fault.DiagnosticTool;
import org.techbench.domain.fault.HostName;
import org.techbench.i18n.Texts;
import org.techbench.service.CancelledException;
import org.techbench.service.Progress;
import org.techbench.service.RefusedException;
import org.xbill.DNS.Cache;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.ReverseMap;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Ping, traceroute, a TCP port check and a DNS lookup, each in the background with a timeout and
 * Cancel. Ping and traceroute are the operating system's commands (ping falls back to the JDK's
 * reachability check where there is none); the port check is a JDK socket; DNS is dnsjava, which
 * shows the records themselves.
 */
public final class DiagnosticTools {

    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    private final Supplier<Texts> refusals;
    private final List<Path> searchPath;
    private final InetSocketAddress dnsServer;
    private final Duration timeout;

    /**
     * @param searchPath where the system's commands are looked for (the PATH)
     * @param dnsServer  the DNS server to ask; null for the system's own
     * @param timeout    how long a tool may run before it is stopped
     */
    public DiagnosticTools(Supplier<Texts> refusals, List<Path> searchPath, InetSocketAddress dnsServer, Duration timeout) {
        this.refusals = refusals;
        this.searchPath = List.copyOf(searchPath);
        this.dnsServer = dnsServer;
        this.timeout = timeout;
    }

    /** The folders of this process's PATH, where ping and traceroute are found. */
    public static List<Path> systemPath() {
        String path = System.getenv("PATH");
        List<Path> folders = new ArrayList<>();
        if (path != null) {
            for (String folder : path.split(java.io.File.pathSeparator)) {
                if (!folder.isBlank()) {
                    folders.add(Path.of(folder));
                }
            }
        }
        return folders;
    }

    public Duration timeout() {
        return timeout;
    }

    /** Runs the tool toward the host and returns what it printed; a malformed host never runs anything. */
    public String run(DiagnosticTool tool, String host, Integer port, Progress progress) {
        String target = host == null ? "" : host.strip();
        if (!HostName.valid(target)) {
            throw refused("tool.badHost", target);
        }
        if (tool.needsPort() && (port == null || port < 1 || port > 65_535)) {
            throw refused("tool.badPort", port == null ? "" : port);
        }
        return switch (tool) {
            case PING -> ping(target, progress);
            case TRACEROUTE -> traceroute(target, progress);
            case TCP_PORT -> tcpPort(target, port, progress);
            case DNS -> dns(target, progress);
        };
    }

    private String ping(String host, Progress progress) {
        Optional<Path> ping = command("ping");
        if (ping.isPresent()) {
            return process(DiagnosticTool.PING, List.of(ping.get().toString(), WINDOWS ? "-n" : "-c", "4", host), progress);
        }
        return within(DiagnosticTool.PING, () -> {
            StringBuilder out = new StringBuilder("(no ping command here: reachability checked by the JDK)\n");
            InetAddress address = InetAddress.getByName(host);
            for (int i = 1; i <= 4; i++) {
                long start = System.nanoTime();
                boolean reached = address.isReachable(2_000);
                long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                out.append(reached ? "%s reached in %d ms%n".formatted(address.getHostAddress(), ms)
                        : "%s: no answer in 2 s%n".formatted(address.getHostAddress()));
            }
            return out.toString();
        }, () -> { }, progress);
    }

    private String traceroute(String host, Progress progress) {
        if (WINDOWS) {
            Path tracert = command("tracert").orElseThrow(() -> refused("tool.tracerouteMissing"));
            return process(DiagnosticTool.TRACEROUTE, List.of(tracert.toString(), "-h", "20", "-w", "2000", host), progress);
        }
        Optional<Path> traceroute = command("traceroute");
        if (traceroute.isPresent()) {
            return process(DiagnosticTool.TRACEROUTE,
                    List.of(traceroute.get().toString(), "-m", "20", "-w", "2", host), progress);
        }
        Path tracepath = command("tracepath").orElseThrow(() -> refused("tool.tracerouteMissing"));
        return process(DiagnosticTool.TRACEROUTE, List.of(tracepath.toString(), "-m", "20", host), progress);
    }

    private String tcpPort(String host, int port, Progress progress) {
        Socket socket = new Socket();
        return within(DiagnosticTool.TCP_PORT, () -> {
            long start = System.nanoTime();
            try (socket) {
                socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
                long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                return "TCP %s port %d: open, connected in %d ms (%s)%n".formatted(host, port, ms,
                        socket.getInetAddress().getHostAddress());
            } catch (UnknownHostException e) {
                return "TCP %s port %d: the name is not known%n".formatted(host, port);
            } catch (SocketTimeoutException e) {
                return "TCP %s port %d: no answer in %d s (filtered or down)%n".formatted(host, port, timeout.toSeconds());
            } catch (IOException e) {
                return "TCP %s port %d: closed (%s)%n".formatted(host, port, e.getMessage());
            }
        }, () -> close(socket), progress);
    }

    private String dns(String host, Progress progress) {
        return within(DiagnosticTool.DNS, () -> {
            Resolver resolver = dnsServer == null ? new ExtendedResolver() : new SimpleResolver(dnsServer);
            resolver.setTimeout(timeout);
            StringBuilder out = new StringBuilder();
            if (HostName.isAddress(host)) {
                lookup(out, resolver, ReverseMap.fromAddress(host), Type.PTR);
            } else {
                Name name = Name.fromString(host.endsWith(".") ? host : host + ".");
                for (int type : new int[] {Type.A, Type.AAAA, Type.CNAME, Type.MX}) {
                    lookup(out, resolver, name, type);
                }
            }
            out.append("(server: ").append(dnsServer == null ? "the system's" : dnsServer.getAddress().getHostAddress()
                    + ":" + dnsServer.getPort()).append(")\n");
            return out.toString();
        }, () -> { }, progress);
    }

    private static void lookup(StringBuilder out, Resolver resolver, Name name, int type) throws TextParseException {
        Lookup lookup = new Lookup(name, type);
        lookup.setResolver(resolver);
        lookup.setCache(new Cache());
        Record[] records = lookup.run();
        out.append(Type.string(type)).append(' ').append(name).append(": ");
        if (records == null || records.length == 0) {
            out.append(lookup.getResult() == Lookup.TYPE_NOT_FOUND ? "none" : lookup.getErrorString()).append('\n');
            return;
        }
        out.append('\n');
        for (Record record : records) {
            out.append("  ").append(record.rdataToString()).append("  (TTL ").append(record.getTTL()).append(" s)\n");
        }
    }

    private String process(DiagnosticTool tool, List<String> arguments, Progress progress) {
        Process process;
        try {
            process = new ProcessBuilder(arguments).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw refused("tool.failed", tool.name().toLowerCase(Locale.ROOT), e.getMessage());
        }
        Charset console = Charset.forName(System.getProperty("native.encoding", "UTF-8"), Charset.defaultCharset());
        return within(tool, () -> {
            String out = new String(process.getInputStream().readAllBytes(), console);
            int exit = process.waitFor();
            return exit == 0 ? out : out + "(exit code " + exit + ")\n";
        }, () -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }, progress);
    }

    /** Runs blocking work on its own thread, watching for Cancel and the timeout, and stops it on either. */
    private <T> T within(DiagnosticTool tool, Callable<T> work, Runnable stop, Progress progress) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread.ofVirtual().name("tool-" + tool.name().toLowerCase(Locale.ROOT)).start(task);
        long deadline = System.nanoTime() + timeout.toNanos();
        progress.report(tool.name(), 0, timeout.toSeconds());
        while (true) {
            try {
                return task.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (progress.cancelled()) {
                    stop.run();
                    task.cancel(true);
                    throw new CancelledException(refusals.get().get("tool.cancelled"));
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    stop.run();
                    task.cancel(true);
                    throw refused("tool.timedOut", tool.name().toLowerCase(Locale.ROOT), timeout.toSeconds());
                }
                progress.report(tool.name(), timeout.toSeconds() - TimeUnit.NANOSECONDS.toSeconds(left), timeout.toSeconds());
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw refused("tool.failed", tool.name().toLowerCase(Locale.ROOT), cause.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.run();
                throw new CancelledException(refusals.get().get("tool.cancelled"));
            }
        }
    }

    private Optional<Path> command(String name) {
        for (Path folder : searchPath) {
            for (String candidate : WINDOWS ? List.of(name + ".exe", name) : List.of(name)) {
                Path file = folder.resolve(candidate);
                if (Files.isRegularFile(file) && Files.isExecutable(file)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is how a hanging connect is stopped; a failure to close changes nothing.
        }
    }

    private RefusedException refused(String key, Object... arguments) {
        return new RefusedException(refusals.get(), key, arguments);
    }
}
