package org.techbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetsCommandTest {

    @TempDir
    Path folder;
    @TempDir
    Path files;

    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CommandLineRunner.build((data, exit) -> 0, new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    @BeforeEach
    void fill() {
        assertThat(run("demo-data", "--data", folder.toString(), "--sites", "2", "--assets", "40")).isZero();
    }

    @Test
    void listPrintsCsvWithAHeaderAndTheLimit() {
        assertThat(run("assets", "list", "--data", folder.toString(), "--site", "S002", "--limit", "3", "--format", "csv"))
                .isZero();
        String[] lines = out.toString().strip().split("\r?\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("site,tag,name,kind");
        assertThat(lines[1]).startsWith("S002,S002-");
    }

    @Test
    void listPrintsJsonThatSearchNarrows() {
        assertThat(run("assets", "list", "--data", folder.toString(), "--query", "S001-", "--limit", "0", "--format", "json"))
                .isZero();
        assertThat(out.toString().strip()).startsWith("[").endsWith("]").contains("\"site\":\"S001\"")
                .doesNotContain("\"site\":\"S002\"");
    }

    @Test
    void unknownSiteIsOneLineAndExitOne() {
        assertThat(run("assets", "list", "--data", folder.toString(), "--site", "NOPE")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("techbench: No site with the code NOPE.");
    }

    @Test
    void importListsEveryProblemAndWritesNothing() throws Exception {
        Path file = files.resolve("bad.csv");
        Files.writeString(file, "Site,Tag,Name,Kind,IP address\nS001,X-1,Switch,SWITCH,999.1.1.1\nS001,X-2,Monitor,SCREEN,\n",
                StandardCharsets.UTF_8);
        assertThat(run("assets", "import", "--data", folder.toString(), file.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("bad row 2, IP address: 999.1.1.1 is not an IPv4 or IPv6 address")
                .contains("bad row 3, Kind: SCREEN is not one of the allowed values");
        assertThat(err.toString()).contains("nothing was imported");
        run("assets", "list", "--data", folder.toString(), "--query", "X-", "--format", "csv");
        assertThat(out.toString().strip()).doesNotContain("X-1");
    }

    @Test
    void exportedFileImportsBackUnchanged() {
        Path file = files.resolve("all.csv");
        assertThat(run("assets", "export", "--data", folder.toString(), file.toString())).isZero();
        assertThat(out.toString()).contains("Exported 40 assets");
        assertThat(run("assets", "import", "--data", folder.toString(), file.toString())).isZero();
        assertThat(out.toString()).contains("0 new assets, 0 updated, 40 unchanged");
    }

    @Test
    void exportRefusesAnUnknownExtension() {
        assertThat(run("assets", "export", "--data", folder.toString(), files.resolve("all.pdf").toString())).isEqualTo(1);
        assertThat(err.toString()).contains(".csv or .xlsx");
    }
}
