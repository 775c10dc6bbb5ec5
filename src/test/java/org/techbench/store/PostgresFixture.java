package org.techbench.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL for tests. PostgreSQL refuses to run as root, and CI runs as root: there
 * the fixture starts the machine's own PostgreSQL binaries as the {@code postgres} user instead of
 * the embedded ones.
 */
public final class PostgresFixture implements AutoCloseable {

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
        Path dir = Files.createTempDirectory("techbench-pg");
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
        AutoCloseable stop = () -> {
            run(List.of("runuser", "-u", "postgres", "--", bin.resolve("pg_ctl").toString(), "-D", data.toString(),
                    "-m", "immediate", "stop"));
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        };
        return new PostgresFixture("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", stop);
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
