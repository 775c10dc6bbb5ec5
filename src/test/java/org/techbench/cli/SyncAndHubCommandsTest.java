package org.techbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncAndHubCommandsTest {

    @TempDir
    Path folder;

    private StringWriter out;
    private StringWriter err;
    private String home;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CommandLineRunner.build((data, exit) -> 0, new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    private int runWithInput(String input, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(original);
        }
    }

    /** Without a --data the commands would use the home folder: keep that in the test's folder. */
    @BeforeEach
    void homeInTheTestFolder() {
        home = System.getProperty("user.home");
        System.setProperty("user.home", folder.resolve("home").toString());
    }

    @AfterEach
    void homeBack() {
        System.setProperty("user.home", home);
    }

    @Test
    void syncWithAMalformedHubAddressSaysWhatOneLooksLike() {
        assertThat(run("sync", "--data", folder.resolve("laptop").toString(), "--hub", "ftp://hub")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo(
                "techbench: A hub address looks like https://hub.example.com:8443, not ftp://hub");
    }

    @Test
    void syncSaysWhichRecordsItMergedIntoTheTeams() {
        try (var hub = new org.techbench.service.sync.HubFixture(folder.resolve("hub"), java.time.Clock.systemUTC())
                .withManager("anna")) {
            for (String laptop : java.util.List.of("first", "second")) {
                try (var workbench = org.techbench.service.Workbench.open(
                        new org.techbench.store.DataFolder(folder.resolve(laptop)), java.time.Clock.systemUTC(), "anna")) {
                    workbench.sync().signIn(hub.url, "anna", org.techbench.service.sync.HubFixture.PASSWORD.toCharArray());
                    workbench.sites().save(new org.techbench.domain.site.Site(null, "H1", "Harbour", "",
                            java.time.ZoneId.of("Asia/Shanghai"), "", null, null, false));
                    if (laptop.equals("first")) {
                        workbench.sync().sync(org.techbench.service.Progress.NONE);
                    }
                }
            }
            assertThat(run("sync", "--data", folder.resolve("second").toString())).isZero();
            assertThat(out.toString()).contains("1 record set up twice in the team was merged into the one the hub had first:\n"
                    + "  site H1\n");
        }
    }

    @Test
    void aManagerAddsAndResetsATechnicianThroughTheRunningHub() {
        try (var hub = new org.techbench.service.sync.HubFixture(folder.resolve("hub"), java.time.Clock.systemUTC())
                .withManager("anna")) {
            String manager = org.techbench.service.sync.HubFixture.PASSWORD;
            assertThat(runWithInput(manager + "\nfirst password 1\n", "hub", "user", "add", "ken", "--role", "engineer",
                    "--sites", "H1", "--hub", hub.url, "--as", "anna")).isZero();
            assertThat(out.toString()).contains("Added ken (engineer, sites H1).");
            assertThat(runWithInput(manager + "\nsecond password 2\n", "hub", "user", "reset", "ken", "--hub", hub.url,
                    "--as", "anna")).isZero();
            assertThat(runWithInput(manager + "\n", "hub", "user", "list", "--hub", hub.url, "--as", "anna")).isZero();
            assertThat(out.toString()).containsPattern("ken +engineer +active +H1");
        }
    }

    @Test
    void changesMadeOnAStoppedHubAreAuditedToo() {
        String hub = folder.resolve("hub").toString();
        assertThat(runWithInput("first password 1\n", "hub", "user", "add", "ken", "--role", "engineer", "--sites", "H1",
                "--data", hub)).isZero();
        assertThat(runWithInput("second password 2\n", "hub", "user", "reset", "ken", "--data", hub)).isZero();
        assertThat(run("hub", "user", "disable", "ken", "--data", hub)).isZero();

        try (var host = org.techbench.service.sync.HubHost.open(null, folder.resolve("hub"), java.time.Clock.systemUTC())) {
            assertThat(host.audit()).extracting(entry -> entry.action() + " " + entry.target())
                    .containsExactlyInAnyOrder("add ken", "reset-password ken", "update ken");
            assertThat(host.audit()).allSatisfy(entry -> assertThat(entry.actor()).startsWith("(local) "));
        }
    }

    @Test
    void aTechnicianCannotAddUsersThroughTheHubAndIsToldWhy() {
        try (var hub = new org.techbench.service.sync.HubFixture(folder.resolve("hub"), java.time.Clock.systemUTC())
                .withManager("anna").withEngineer("ben", "H1")) {
            assertThat(runWithInput(org.techbench.service.sync.HubFixture.PASSWORD + "\nfirst password 1\n", "hub", "user",
                    "add", "ken", "--role", "engineer", "--sites", "H1", "--hub", hub.url, "--as", "ben")).isEqualTo(1);
            assertThat(err.toString().strip())
                    .isEqualTo("techbench: ben is not a support manager: only support managers run the team's accounts.");
        }
    }

    @Test
    void syncWithoutAHubSaysToGiveOne() {
        assertThat(run("sync", "--data", folder.resolve("laptop").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("This laptop has no hub yet: give one with --hub URL.");
    }

    @Test
    void hubUsersAreAddedListedAndDisabled() {
        String hub = folder.resolve("hub").toString();
        assertThat(runWithInput("a long password\n", "hub", "user", "add", "lin", "--role", "engineer", "--sites", "S1,S2",
                "--data", hub)).isZero();
        assertThat(out.toString()).contains("Added lin (engineer, sites S1, S2).");
        assertThat(runWithInput("a long password\n", "hub", "user", "add", "lin", "--role", "engineer", "--sites", "S1",
                "--data", hub)).isEqualTo(1);
        assertThat(err.toString()).contains("There is already a user called lin.");
        assertThat(run("hub", "user", "disable", "lin", "--data", hub)).isZero();
        assertThat(run("hub", "user", "list", "--data", hub)).isZero();
        assertThat(out.toString()).containsPattern("lin\\s+engineer\\s+disabled\\s+S1,S2");
    }

    @Test
    void aHubFolderGivenBeforeTheUserCommandIsTheHubItAddsTo() {
        String hub = folder.resolve("hub").toString();
        assertThat(runWithInput("a long password\n", "hub", "--data", hub, "user", "add", "lin", "--role", "support_manager"))
                .isZero();
        assertThat(run("hub", "user", "list", "--data", hub)).isZero();
        assertThat(out.toString()).containsPattern("lin\\s+support_manager");
        assertThat(folder.resolve("home")).doesNotExist();
    }

    @Test
    void aDataFolderGivenBeforeTheCommandIsTheOneItUses() {
        assertThat(run("--data", folder.resolve("laptop").toString(), "sync")).isEqualTo(1);
        assertThat(folder.resolve("laptop").resolve("techbench.mv.db")).exists();
        assertThat(folder.resolve("home")).doesNotExist();
    }

    @Test
    void theWorkbenchsDataFolderKeepsItsHubInItsHubFolder() {
        Path data = folder.resolve("workbench");
        assertThat(runWithInput("a long password\n", "--data", data.toString(), "hub", "user", "add", "lin",
                "--role", "support_manager")).isZero();
        assertThat(data.resolve("hub").resolve("hub.mv.db")).exists();
    }

    @Test
    void aHubUserWithoutAPasswordOnStandardInputIsRefused() {
        assertThat(runWithInput("", "hub", "user", "add", "lin", "--role", "support_manager",
                "--data", folder.resolve("hub").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("Give the password on standard input");
    }
}
