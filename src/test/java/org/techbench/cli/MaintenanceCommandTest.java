package org.techbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code maintenance due} and {@code inspection list} on a demo store. */
class MaintenanceCommandTest {

    @TempDir
    Path folder;

    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CommandLineRunner.build((data, exit) -> 0, new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    @BeforeEach
    void fill() {
        assertThat(run("demo-data", "--data", folder.toString(), "--sites", "2", "--assets", "60")).isZero();
    }

    @Test
    void dueWithinAMonthListsEveryChecklistDueAsCsv() {
        assertThat(run("maintenance", "due", "--data", folder.toString(), "--within", "31", "--format", "csv")).isZero();
        String[] lines = out.toString().strip().split("\r?\n");
        assertThat(lines[0]).isEqualTo("due,days_late,site,tag,asset,checklist,checks");
        assertThat(lines.length).isGreaterThan(10);
    }

    @Test
    void dueWithinZeroDaysListsOnlyWhatIsOverdueOrDueToday() {
        assertThat(run("maintenance", "due", "--data", folder.toString(), "--within", "0", "--format", "json")).isZero();
        String today = java.time.LocalDate.now().toString();
        assertThat(out.toString()).startsWith("[");
        var dates = java.util.regex.Pattern.compile("\"due\" : \"([0-9-]+)\"").matcher(out.toString()).results()
                .map(m -> m.group(1)).toList();
        assertThat(dates).allSatisfy(date -> assertThat(date.compareTo(today)).isLessThanOrEqualTo(0));
    }

    @Test
    void dueForAnUnknownSiteIsOneLineAndExitOne() {
        assertThat(run("maintenance", "due", "--data", folder.toString(), "--site", "NOPE")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("techbench: No site with the code NOPE.");
    }

    @Test
    void aNegativeWindowIsRefused() {
        assertThat(run("maintenance", "due", "--data", folder.toString(), "--within", "-1")).isEqualTo(1);
        assertThat(err.toString()).contains("--within");
    }

    @Test
    void inspectionListShowsASitesFinishedInspectionsAsATable() {
        assertThat(run("inspection", "list", "--data", folder.toString(), "--site", "S002", "--limit", "5")).isZero();
        String[] lines = out.toString().strip().split("\r?\n");
        assertThat(lines).hasSize(6);
        assertThat(lines[0]).startsWith("FINISHED").contains("TAG", "CHECKLIST", "OUTCOME");
        assertThat(lines[1]).contains("S002-");
    }

    @Test
    void inspectionListForAnUnknownTagIsExitOne() {
        assertThat(run("inspection", "list", "--data", folder.toString(), "--asset", "NO-SUCH-TAG")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("techbench: No asset with the tag NO-SUCH-TAG.");
    }
}
