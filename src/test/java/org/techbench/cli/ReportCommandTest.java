package org.techbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report ...} from the command line: a workbook written, or exit 1 with the reason and no file. */
class ReportCommandTest {

    @TempDir
    Path folder;

    private final CommandLineRun command = new CommandLineRun();

    @Test
    void aFaultReportOfAnEmptyStoreIsWrittenAndSaysHowManyFaults() {
        Path out = folder.resolve("faults.xlsx");

        assertThat(command.run("report", "faults", "--data", folder.resolve("store").toString(), "--from", "2026-11-01",
                "--to", "2026-11-30", "--out", out.toString())).isZero();

        assertThat(command.out()).contains("Wrote " + out + ": 0 faults from 2026-11-01 to 2026-11-30.");
        assertThat(Files.exists(out)).isTrue();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsExitOneAndWritesNothing() {
        Path out = folder.resolve("maintenance.xlsx");

        assertThat(command.run("report", "maintenance", "--data", folder.resolve("store").toString(), "--from", "2026-11-30",
                "--to", "2026-11-01", "--out", out.toString())).isEqualTo(1);

        assertThat(command.err()).contains("The period ends (2026-11-01) before it starts (2026-11-30).");
        assertThat(Files.exists(out)).isFalse();
    }
}
