package org.techbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.techbench.service.sync.HubHost;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code techbench hub}: serves the team's hub until stopped (Ctrl+C finishes requests in flight first). */
@Command(name = "hub", mixinStandardHelpOptions = true,
        description = {"Run the team's sync hub.",
            "Data: an H2 file in --data (default: the data folder's hub/), or PostgreSQL with --db.",
            "HTTPS with --keystore (its password in $TECHBENCH_KEYSTORE_PASSWORD)."},
        subcommands = HubUserCommand.class)
public final class HubCommand implements Callable<Integer> {

    @Mixin
    HubOptions hub = new HubOptions();

    @Option(names = "--port", defaultValue = "8470", description = "Port to listen on (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "0.0.0.0", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--keystore", paramLabel = "FILE", description = "A PKCS12 keystore with the hub's certificate: serve HTTPS.")
    Path keystore;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        String password = null;
        if (keystore != null) {
            password = Map.copyOf(System.getenv()).get("TECHBENCH_KEYSTORE_PASSWORD");
            if (password == null) {
                throw new IllegalArgumentException("Set TECHBENCH_KEYSTORE_PASSWORD to the keystore's password.");
            }
        }
        HubHost host = hub.open(Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        int listening;
        try {
            listening = host.serve(this.host, port, keystore, password);
        } catch (RuntimeException e) {
            host.close();
            throw new IllegalArgumentException("The hub cannot listen on port " + port + ": " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            host.close();
            stopped.countDown();
        }, "hub-shutdown"));
        out.printf("TechBench hub on %s://%s:%d, data in %s. Ctrl+C stops it.%n", keystore == null ? "http" : "https",
                this.host, listening, host.description());
        out.flush();
        stopped.await();
        return 0;
    }
}
