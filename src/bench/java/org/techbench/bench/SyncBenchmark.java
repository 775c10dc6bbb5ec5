package org.techbench.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.techbench.Main;
import org.techbench.domain.people.Role;
import org.techbench.service.Workbench;
import org.techbench.service.sync.HubHost;
import org.techbench.store.DataFolder;

/**
 * Sync over loopback HTTP, each side in its own JVM as in the field: a hub process whose database is
 * a copy of the demo store (100k assets with components and software), then fresh laptops one after
 * another, each in a fresh JVM, making their first sync. The first laptop meets a hub that has just
 * started; the later ones a hub that has served before, as a team's hub usually has. The last laptop
 * also times a sync with nothing to do and a push of queued changes.
 */
public final class SyncBenchmark {

    static final String USER = "bench";
    static final String PASSWORD = "benchmark password";

    public static void main(String[] args) throws Exception {
        Path demo = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int changes = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        // "assets": the hub holds only sites, assets, components and software (the scenario);
        // "all": the whole demo store, a year of inspection and fault history included.
        boolean assetsOnly = args.length > 3 && args[3].equals("assets");
        int laptops = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        Path template = work.resolve(assetsOnly ? "hub-assets" : "hub");
        prepareHub(demo, template, assetsOnly);
        // Every run starts from the prepared hub: one that earlier runs had pushed to was slower to read.
        StartedHub started = startHub(template, work.resolve(template.getFileName() + "-run"));
        Process hub = started.process();
        try {
            String url = started.url();
            String scenario = assetsOnly ? "100k assets, their components and software" : "the whole demo store (history included)";
            for (int i = 0; i < laptops; i++) {
                boolean last = i == laptops - 1;
                String hubState = i == 0 ? "hub just started" : "hub serving its " + ordinal(i + 1) + " laptop";
                Process laptop = java(SyncBenchmarkLaptop.class.getName(), url, work.toString(),
                        Integer.toString(last ? changes : -1), scenario + ", " + hubState);
                laptop.getInputStream().transferTo(System.out);
                if (laptop.waitFor() != 0) {
                    throw new IllegalStateException("laptop " + (i + 1) + " failed");
                }
            }
        } finally {
            hub.destroy();
            hub.waitFor();
        }
    }

    /** A hub process and the address it listens on. */
    record StartedHub(Process process, String url) {
    }

    /** Starts a hub process on a fresh copy of the prepared hub in {@code template}, once it listens. */
    static StartedHub startHub(Path template, Path hubFolder) throws IOException {
        Files.createDirectories(hubFolder);
        Files.copy(template.resolve("hub.mv.db"), hubFolder.resolve("hub.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Process hub = java(Main.class.getName(), "hub", "--data", hubFolder.toString(), "--host", "127.0.0.1",
                "--port", Integer.toString(port));
        BufferedReader hubOut = new BufferedReader(new InputStreamReader(hub.getInputStream(), StandardCharsets.UTF_8));
        String line;
        do {
            line = hubOut.readLine();
        } while (line != null && !line.startsWith("TechBench hub on"));
        if (line == null) {
            hub.destroy();
            throw new IllegalStateException("the hub did not start; its log is in " + hubFolder.resolve("logs"));
        }
        return new StartedHub(hub, "http://127.0.0.1:" + port);
    }

    private static void prepareHub(Path demo, Path hubFolder, boolean assetsOnly) throws Exception {
        Files.createDirectories(hubFolder);
        if (!Files.exists(hubFolder.resolve("hub.mv.db"))) {
            if (!Files.exists(demo.resolve("techbench.mv.db"))) {
                throw new IllegalArgumentException("No demo store in " + demo + ": make one with demo-data first.");
            }
            // Opening the demo store brings it to the current schema; the hub then reads the same file layout.
            Workbench.open(new DataFolder(demo), Clock.systemUTC(), "bench").close();
            Files.copy(demo.resolve("techbench.mv.db"), hubFolder.resolve("hub.mv.db"), StandardCopyOption.REPLACE_EXISTING);
            if (assetsOnly) {
                String url = "jdbc:h2:file:" + hubFolder.toAbsolutePath().resolve("hub") + ";DATABASE_TO_LOWER=TRUE";
                try (var connection = java.sql.DriverManager.getConnection(url, "techbench", "");
                     var statement = connection.createStatement()) {
                    for (String table : List.of("inspection_result", "inspection", "fault_event", "fault", "procedure_step",
                            "procedure_run", "article", "audit_event", "sync_outbox")) {
                        statement.execute("truncate table " + table);
                    }
                    // A hub's database is not a large file mostly emptied: without this, H2 spends
                    // the benchmark compacting it in the background.
                    statement.execute("shutdown compact");
                }
            }
        }
        try (HubHost hub = HubHost.open(null, hubFolder, Clock.systemUTC())) {
            if (hub.users().stream().noneMatch(u -> u.name().equals(USER))) {
                hub.addUser(USER, Role.SUPPORT_MANAGER, List.of(), PASSWORD.toCharArray());
            }
        }
    }

    /**
     * Starts a JVM like this one running the given main class: same java, class path and VM options
     * (bench/run gives this JVM the options the workbench is launched with).
     */
    static Process java(String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-XX:") || option.startsWith("-Xm") || option.startsWith("--module-path")
                        || option.startsWith("--add-modules") || option.startsWith("--enable-native-access"))
                .forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static String ordinal(int n) {
        return n + switch (n) {
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
