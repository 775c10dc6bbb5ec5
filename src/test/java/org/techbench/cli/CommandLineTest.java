package org.techbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private boolean windowOpened;

    private int run(String... args) {
        return CommandLineRunner.build((data, exitAfterStart) -> {
            windowOpened = true;
            return 0;
        }, new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    @Test
    void unknownCommandGetsOneLineOnStandardErrorAndExitStatusTwo() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("frobnicate");
        assertThat(windowOpened).isFalse();
    }

    @Test
    void unknownOptionGetsOneLineAndExitStatusTwo() {
        assertThat(run("demo-data", "--colour", "red")).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("--colour");
    }

    @Test
    void noCommandOpensTheWindow() {
        assertThat(run("--data", folder.toString())).isZero();
        assertThat(windowOpened).isTrue();
    }

    @Test
    void demoDataFillsTheFolderAndSaysWhatItMade() {
        assertThat(run("demo-data", "--data", folder.toString(), "--sites", "2", "--assets", "30")).isZero();
        assertThat(out.toString()).contains("Made 2 sites, 30 assets");
        assertThat(folder.resolve("techbench.mv.db")).exists();
    }

    @Test
    void unwritableDataFolderIsNamedInOneLine() throws Exception {
        Path file = Files.createFile(folder.resolve("a-file"));
        assertThat(run("demo-data", "--data", file.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).doesNotContain("\n").contains(file.toString()).contains("Cannot write");
    }

    @Test
    void badNumberIsRefusedInOneLine() {
        assertThat(run("demo-data", "--data", folder.toString(), "--sites", "0")).isEqualTo(1);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("--sites");
    }
}
