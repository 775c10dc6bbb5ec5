package org.techbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fault report}, {@code fault list} and {@code fault show} on a demo store, with their exit codes. */
class FaultCommandTest {

    @TempDir
    Path folder;

    private final CommandLineRun command = new CommandLineRun();

    private int run(String... args) {
        return command.run(args);
    }

    @BeforeEach
    void fill() {
        assertThat(run("demo-data", "--data", folder.toString(), "--sites", "2", "--assets", "40")).isZero();
    }

    @Test
    void aReportedFaultPrintsItsNumberAndShowsWithItsJournal() {
        assertThat(run("fault", "report", "--data", folder.toString(), "--site", "S001", "--category", "POWER",
                "--symptom", "UPS alarm beeping", "--reporter", "Li Na", "--impact", "HIGH", "--urgency", "HIGH")).isZero();
        String number = command.out().strip();
        assertThat(number).matches("F-[0-9]{8}-[0-9A-F]{6}");

        assertThat(run("fault", "show", number, "--data", folder.toString())).isZero();
        assertThat(command.out()).startsWith(number + "  P1  REPORTED  HARDWARE / POWER")
                .contains("Symptom: UPS alarm beeping", "Assigned to: nobody yet", "STATUS_CHANGE");
    }

    @Test
    void theListOfUrgentReportedFaultsIsCsvWithTheirSlaStanding() {
        run("fault", "report", "--data", folder.toString(), "--site", "S002", "--category", "LINE",
                "--symptom", "No network on floor 3", "--reporter", "Wang Wei", "--impact", "HIGH", "--urgency", "HIGH");

        assertThat(run("fault", "list", "--data", folder.toString(), "--status", "REPORTED", "--priority", "P1",
                "--format", "csv")).isZero();
        String[] lines = command.out().strip().split("\r?\n");
        assertThat(lines[0]).isEqualTo("number,priority,status,category,reported,sla,symptom");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(",P1,REPORTED,LINE,").endsWith(
                ",ON_TRACK,No network on floor 3"));
    }

    @Test
    void aReportWithoutASiteOrAssetIsExitOneWithTheReason() {
        assertThat(run("fault", "report", "--data", folder.toString(), "--category", "POWER", "--symptom", "Dead",
                "--reporter", "Li Na")).isEqualTo(1);
        assertThat(command.err().strip()).isEqualTo("techbench: Choose the site the fault is at, or an asset.");
    }

    @Test
    void showingAnUnknownNumberIsExitOne() {
        assertThat(run("fault", "show", "F-19990101-000000", "--data", folder.toString())).isEqualTo(1);
        assertThat(command.err().strip()).isEqualTo("techbench: No fault with the number F-19990101-000000.");
    }
}
