package org.techbench.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * A throwaway PostgreSQL for tests. PostgreSQL refuses to run as root, and CI runs as root: there
 * the fixture starts the machine's own PostgreSQL binaries as the {@code postgres} user instead of
 * the embedded ones.
 */
public final class PostgresFixture implements AutoCloseable {

    private static final String FOLDER_PREFIX = "techbench-pg";
    /** Holds the process id of the test JVM that started the server in this folder. */
    private static final String OWNER_FILE = "owner.pid";

    private final String url;
    private final String user;
    private final AutoCloseable stop;

    private PostgresFixture(String url, String user, AutoCloseable stop) {
        this.url = url;
        this.user = user;
        this.stop = stop;
    }

    public static PostgresFixture start() throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            return new PostgresFixture(postgres.getJdbcUrl("postgres", "postgres"), "postgres", postgres);
        }
        return startAsPostgresUser();
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    @Override
    public void close() throws Exception {
        stop.close();
    }

    private static PostgresFixture startAsPostgresUser() throws Exception {
        Path bin = findBinaries();
        sweepServersOfDeadTestRuns(bin);
        Path dir = Files.createTempDirectory(FOLDER_PREFIX);
        Files.writeString(dir.resolve(OWNER_FILE), Long.toString(ProcessHandle.current().pid()));
        run(List.of("chown", "postgres", dir.toString()));
        Path data = dir.resolve("data");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        run(List.of("runuser", "-u", "postgres", "--", bin.resolve("initdb").toString(), "-A", "trust", "-U", "postgres",
                "-E", "UTF-8", "-D", data.toString()));
        run(List.of("runuser", "-u", "postgres", "--", bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w",
                "-l", dir.resolve("log").toString(), "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1",
                "start"));
        AtomicBoolean stopped = new AtomicBoolean();
        Runnable stopOnce = () -> {
            if (stopped.compareAndSet(false, true)) {
                stopAndDelete(bin, dir);
            }
        };
        // A test JVM that ends without closing the fixture (a failed test, Ctrl+C) still stops its server.
        Thread hook = new Thread(stopOnce, "stop-test-postgres");
        Runtime.getRuntime().addShutdownHook(hook);
        AutoCloseable stop = () -> {
            stopOnce.run();
            Runtime.getRuntime().removeShutdownHook(hook);
        };
        return new PostgresFixture("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", stop);
    }

    /** Servers left by a test JVM that was killed (no shutdown hook runs on SIGKILL) are stopped at the next start. */
    private static void sweepServersOfDeadTestRuns(Path bin) throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> folders = Files.list(tmp)) {
            for (Path folder : folders.filter(f -> f.getFileName().toString().startsWith(FOLDER_PREFIX)).toList()) {
                if (!ownerIsAlive(folder)) {
                    stopAndDelete(bin, folder);
                }
            }
        }
    }

    /**
     * True while the JVM that started the folder's server runs, or while the folder is so new that
     * its owner may not have written its name yet (another test JVM may be starting one right now).
     */
    private static boolean ownerIsAlive(Path folder) {
        try {
            Path owner = folder.resolve(OWNER_FILE);
            if (!Files.isRegularFile(owner)) {
                return Files.getLastModifiedTime(folder).toInstant().isAfter(java.time.Instant.now().minusSeconds(60));
            }
            String pid = Files.readString(owner).trim();
            return pid.isEmpty() || ProcessHandle.of(Long.parseLong(pid)).isPresent();
        } catch (IOException | NumberFormatException e) {
            return true;
        }
    }

    private static void stopAndDelete(Path bin, Path dir) {
        Path data = dir.resolve("data");
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                run(List.of("runuser", "-u", "postgres", "--", bin.resolve("pg_ctl").toString(), "-D", data.toString(),
                        "-m", "immediate", "stop"));
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // A folder that changes while it is swept (a server still stopping) is left for the next sweep.
            LoggerFactory.getLogger(PostgresFixture.class).warn("Could not remove {}: {}", dir, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path findBinaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("Tests run as root need PostgreSQL installed (apt-get install postgresql): "
                    + "PostgreSQL refuses to run its embedded server as root.");
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("No initdb under " + root));
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
