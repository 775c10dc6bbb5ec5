package org.techbench.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.techbench.domain.sync.SyncMerge;
import org.techbench.service.Workbench;
import org.techbench.service.sync.SyncReport;
import org.techbench.service.sync.SyncService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code techbench sync}: one sync with the hub, for scripts. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Push this laptop's changes to the hub and pull the team's.",
            "Signs in when needed with $TECHBENCH_USER and $TECHBENCH_PASSWORD, else asks."})
public final class SyncCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global = new GlobalOptions();

    @Option(names = "--hub", paramLabel = "URL", description = "The hub's address, e.g. https://hub.example.com:8443 (remembered).")
    String hub;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;

    public SyncCommand() {
        this(Map.copyOf(System.getenv()));
    }

    SyncCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Workbench workbench = Workbench.open(global.folder(), Clock.systemDefaultZone(), System.getProperty("user.name"))) {
            SyncService sync = workbench.sync();
            var standing = sync.standing();
            String hubUrl = hub != null ? sync.checkedHubUrl(hub) : standing.hubUrl();
            if (hubUrl == null) {
                throw new IllegalArgumentException("This laptop has no hub yet: give one with --hub URL.");
            }
            if (!hubUrl.equals(standing.hubUrl()) || standing.refreshToken() == null) {
                String user = credential("TECHBENCH_USER", "Hub user: ", false, standing.userName());
                char[] password = credential("TECHBENCH_PASSWORD", "Password for " + user + ": ", true, null).toCharArray();
                sync.signIn(hubUrl, user, password);
            }
            Instant began = Instant.now();
            SyncReport report = sync.sync(new PrintedProgress(err));
            out.printf("Synced with %s: %d changes sent, %d refused, %d received%s, %d new conflicts.%n", hubUrl,
                    report.pushed(), report.refused(), report.pulled(),
                    report.snapshotRows() > 0 ? " (" + report.snapshotRows() + " rows copied in the first sync)" : "",
                    report.newConflicts());
            if (report.refused() > 0) {
                out.println("Refused changes and their reasons are listed in the window's Sync screen.");
            }
            printMerges(out, sync.merges().stream().filter(merge -> !merge.mergedAt().toInstant().isBefore(began)).toList());
            report.attachmentProblems().forEach(problem -> err.println("techbench: " + problem));
            if (report.clockFarOff()) {
                err.printf("techbench: this laptop's clock is %d minutes %s the hub's; set it right, or the hub will refuse changes.%n",
                        Math.abs(report.hubOffsetMillis()) / 60_000, report.hubOffsetMillis() > 0 ? "behind" : "ahead of");
            }
            out.flush();
            err.flush();
            return 0;
        }
    }

    /** The records this sync found set up twice in the team, merged into the one the hub had first. */
    private static void printMerges(PrintWriter out, List<SyncMerge> merges) {
        if (merges.isEmpty()) {
            return;
        }
        // This laptop's own duplicate or another laptop's: the hub kept the record it had first either way.
        out.printf("%d record%s set up twice in the team %s merged into the one the hub had first:%n", merges.size(),
                merges.size() == 1 ? "" : "s", merges.size() == 1 ? "was" : "were");
        merges.stream().limit(20).forEach(merge -> out.printf("  %s %s%n", merge.table().replace('_', ' '), merge.key()));
        if (merges.size() > 20) {
            out.printf("  and %d more, listed in the window's Sync screen.%n", merges.size() - 20);
        }
    }

    private String credential(String variable, String prompt, boolean secret, String fallback) {
        String value = environment.get(variable);
        if (value != null && !value.isEmpty()) {
            return value;
        }
        Console console = System.console();
        if (console == null) {
            if (fallback != null) {
                return fallback;
            }
            throw new IllegalArgumentException("Signing in needs " + variable + " (no terminal to ask on).");
        }
        String answer = secret ? new String(console.readPassword("%s", prompt)) : console.readLine("%s", prompt);
        if (answer == null || answer.isBlank()) {
            throw new IllegalArgumentException("No " + (secret ? "password" : "user") + " given.");
        }
        return answer.strip();
    }
}
