package org.techbench.service.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.techbench.domain.fault.DiagnosticTool;
import org.techbench.i18n.Texts;
import org.techbench.service.CancelledException;
import org.techbench.service.Progress;
import org.techbench.service.RefusedException;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * The fault screen's tools against a local listening socket, a closed port, a local DNS server and a
 * hanging command. The commands are stood in for by POSIX shell scripts, so those tests run where
 * there is a POSIX shell (CI and the technicians' Linux laptops).
 */
class DiagnosticToolsTest {

    @TempDir
    Path folder;

    private DiagnosticTools tools(List<Path> searchPath, InetSocketAddress dns, Duration timeout) {
        return new DiagnosticTools(() -> Texts.refusals(Locale.ENGLISH), searchPath, dns, timeout);
    }

    @Test
    void aPortThatListensIsReportedOpen() throws Exception {
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String out = tools(List.of(), null, Duration.ofSeconds(5)).run(DiagnosticTool.TCP_PORT, "127.0.0.1",
                    listening.getLocalPort(), Progress.NONE);

            assertThat(out).startsWith("TCP 127.0.0.1 port " + listening.getLocalPort() + ": open, connected in ");
        }
    }

    @Test
    void aPortNobodyListensOnIsReportedClosed() throws Exception {
        int port;
        try (ServerSocket once = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = once.getLocalPort();
        }

        String out = tools(List.of(), null, Duration.ofSeconds(5)).run(DiagnosticTool.TCP_PORT, "127.0.0.1", port,
                Progress.NONE);

        assertThat(out).startsWith("TCP 127.0.0.1 port " + port + ": closed (");
    }

    @ParameterizedTest
    @EnumSource(DiagnosticTool.class)
    void aMalformedHostIsRefusedBeforeAnythingRuns(DiagnosticTool tool) {
        DiagnosticTools tools = tools(List.of(folder), null, Duration.ofSeconds(5));

        for (String host : List.of("-oProxyCommand=calc", "srv 01", "a;rm -rf /", "", "under_score.example")) {
            assertThatThrownBy(() -> tools.run(tool, host, 80, Progress.NONE)).isInstanceOf(RefusedException.class)
                    .hasMessageStartingWith("\u201c" + host + "\u201d is not a host name or an IP address");
        }
    }

    @Test
    void aPortOutsideTheRangeIsRefused() {
        assertThatThrownBy(() -> tools(List.of(), null, Duration.ofSeconds(5)).run(DiagnosticTool.TCP_PORT, "127.0.0.1",
                70_000, Progress.NONE)).hasMessage("A port is a number from 1 to 65535, not \u201c70,000\u201d.");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void traceroutesMissingCommandIsNamedWithHowToInstallIt() {
        assertThatThrownBy(() -> tools(List.of(folder), null, Duration.ofSeconds(5)).run(DiagnosticTool.TRACEROUTE,
                "10.0.0.5", null, Progress.NONE))
                .hasMessageStartingWith("Traceroute is not installed on this laptop. Install it (Debian or Ubuntu:");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aCommandThatHangsIsStoppedAtTheTimeoutAndSaysSo() throws Exception {
        hangingCommand("ping");

        assertThatThrownBy(() -> tools(List.of(folder), null, Duration.ofSeconds(1)).run(DiagnosticTool.PING, "10.0.0.5",
                null, Progress.NONE)).hasMessage("The ping gave no answer in 1 seconds and was stopped; nothing was "
                + "added to the journal.");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void cancellingStopsARunningCommand() throws Exception {
        hangingCommand("traceroute");
        AtomicInteger looks = new AtomicInteger();
        Progress cancelledSoon = new Progress() {
            @Override
            public void report(String stage, long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return looks.incrementAndGet() > 2;
            }
        };

        assertThatThrownBy(() -> tools(List.of(folder), null, Duration.ofSeconds(60)).run(DiagnosticTool.TRACEROUTE,
                "10.0.0.5", null, cancelledSoon)).isInstanceOf(CancelledException.class)
                .hasMessage("Cancelled; nothing was added to the journal.");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void theSystemsCommandOutputIsReturnedAsPrinted() throws Exception {
        Path ping = folder.resolve("ping");
        Files.writeString(ping, "#!/bin/sh\necho \"64 bytes from $3: icmp_seq=1 ttl=64 time=0.3 ms\"\n");
        Files.setPosixFilePermissions(ping, PosixFilePermissions.fromString("rwxr-xr-x"));

        String out = tools(List.of(folder), null, Duration.ofSeconds(10)).run(DiagnosticTool.PING, "10.0.0.5", null,
                Progress.NONE);

        assertThat(out).isEqualTo("64 bytes from 10.0.0.5: icmp_seq=1 ttl=64 time=0.3 ms\n");
    }

    @Test
    void aDnsLookupShowsTheRecordsTheServerGives() throws Exception {
        try (DatagramSocket server = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            Thread answering = Thread.ofVirtual().start(() -> answerAQueries(server));
            String out = tools(List.of(), new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()),
                    Duration.ofSeconds(5)).run(DiagnosticTool.DNS, "srv-01.corp.local", null, Progress.NONE);
            answering.interrupt();

            assertThat(out).startsWith("A srv-01.corp.local.: \n  10.0.0.5  (TTL 300 s)\nAAAA srv-01.corp.local.: none\n");
        }
    }

    /** A DNS server that knows one address: every A question gets 10.0.0.5, anything else no records. */
    private static void answerAQueries(DatagramSocket server) {
        byte[] buffer = new byte[512];
        while (!server.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                server.receive(packet);
                Message query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
                Message answer = new Message(query.getHeader().getID());
                answer.getHeader().setFlag(Flags.QR);
                answer.getHeader().setFlag(Flags.AA);
                answer.addRecord(query.getQuestion(), Section.QUESTION);
                if (query.getQuestion().getType() == Type.A) {
                    answer.addRecord(new ARecord(query.getQuestion().getName(), DClass.IN, 300,
                            InetAddress.getByName("10.0.0.5")), Section.ANSWER);
                }
                byte[] wire = answer.toWire();
                server.send(new DatagramPacket(wire, wire.length, packet.getSocketAddress()));
            } catch (java.io.IOException e) {
                return;
            }
        }
    }

    private void hangingCommand(String name) throws Exception {
        Path command = folder.resolve(name);
        Files.writeString(command, "#!/bin/sh\nexec sleep 60\n");
        Files.setPosixFilePermissions(command, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
