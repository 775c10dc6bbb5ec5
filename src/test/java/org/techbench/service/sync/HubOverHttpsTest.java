package org.techbench.service.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.service.Workbench;
import org.techbench.store.DataFolder;

/** `techbench hub --keystore` serves HTTPS only. */
class HubOverHttpsTest {

    @TempDir
    Path folder;

    @Test
    void withAKeystoreTheHubServesHttpsOnlyAndALaptopThatDoesNotTrustItIsTold() throws Exception {
        Path keystore = folder.resolve("hub.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "hub", "-keyalg", "EC", "-dname", "CN=localhost", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit",
                "-ext", "SAN=ip:127.0.0.1").redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0).isTrue();

        String java = ProcessHandle.current().info().command().orElse("java");
        var command = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.techbench.Main", "hub",
                "--data", folder.resolve("hub").toString(), "--host", "127.0.0.1", "--port", "0",
                "--keystore", keystore.toString()).redirectError(ProcessBuilder.Redirect.DISCARD);
        command.environment().put("TECHBENCH_KEYSTORE_PASSWORD", "changeit");
        Process hub = command.start();
        try {
            String announced = new java.io.BufferedReader(new java.io.InputStreamReader(hub.getInputStream())).readLine();
            assertThat(announced).startsWith("TechBench hub on https://127.0.0.1:");
            int port = Integer.parseInt(announced.replaceFirst("^TechBench hub on https://127\\.0\\.0\\.1:(\\d+),.*$", "$1"));

            HttpClient trusting = HttpClient.newBuilder().sslContext(trusting(keystore)).build();
            var health = trusting.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/api/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health")).build(),
                    HttpResponse.BodyHandlers.ofString())).isInstanceOf(java.io.IOException.class);

            try (Workbench laptop = Workbench.open(new DataFolder(folder.resolve("laptop")), Clock.systemUTC(), "anna")) {
                assertThatThrownBy(() -> laptop.sync().signIn("https://127.0.0.1:" + port, "anna", "whatever1".toCharArray()))
                        .isInstanceOf(SyncFailure.class).hasMessageContaining("did not prove who it is");
            }
        } finally {
            hub.destroy();
            assertThat(hub.waitFor(60, TimeUnit.SECONDS)).as("the hub stops when asked").isTrue();
        }
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = java.nio.file.Files.newInputStream(keystore)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("hub", (X509Certificate) store.getCertificate("hub"));
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
