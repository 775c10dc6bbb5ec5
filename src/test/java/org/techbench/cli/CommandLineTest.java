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

    private StringWriter out;
    private StringWriter err;
    private boolean windowOpened;
    private boolean windowToExitAfterStart;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CommandLineRunner.build((data, exitAfterStart) -> {
            windowOpened = true;
            windowToExitAfterStart = exitAfterStart;
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
    void versionNamesTheBuildAndTheStoreSchemaItWrites() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString().strip()).matches("TechBench \\d+\\.\\d+\\.\\d+\\S* \\(store schema 19\\)");
        assertThat(windowOpened).isFalse();
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

    @Test
    void helpNamesEveryCommandAndExitsZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("demo-data", "assets", "sync", "hub", "--data", "--exit-after-start");
        assertThat(windowOpened).isFalse();
    }

    @Test
    void exitAfterStartIsHandedToTheWindow() {
        assertThat(run("--data", folder.toString(), "--exit-after-start")).isZero();
        assertThat(windowToExitAfterStart).isTrue();
    }

    @Test
    void aStoreHeldByAnotherProcessIsExitOneNamingTheFolder() throws Exception {
        assertThat(run("demo-data", "--data", folder.toString(), "--sites", "1", "--assets", "5")).isZero();
        Process holder = StoreHolder.hold(folder);
        try {
            assertThat(run("assets", "list", "--data", folder.toString())).isEqualTo(1);
            assertThat(err.toString().strip()).doesNotContain("\n").contains(folder.toString()).contains("already open in another TechBench");
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    @Test
    void aDamagedStoreIsExitOneNamingTheFile() throws Exception {
        assertThat(run("demo-data", "--data", folder.toString(), "--sites", "1", "--assets", "5")).isZero();
        Files.write(folder.resolve("techbench.mv.db"), new byte[64 * 1024]);
        assertThat(run("assets", "list", "--data", folder.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).doesNotContain("\n").contains(folder.resolve("techbench.mv.db").toString());
    }

    @Test
    void aStoreFromANewerVersionIsExitOneNamingTheFolder() throws Exception {
        assertThat(run("demo-data", "--data", folder.toString(), "--sites", "1", "--assets", "5")).isZero();
        try (var connection = java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + folder.resolve("techbench") + ";DATABASE_TO_LOWER=TRUE", "techbench", "");
             var statement = connection.createStatement()) {
            statement.execute("insert into \"flyway_schema_history\" values (99, '99', 'future', 'SQL', 'V99__future.sql',"
                    + " 0, 'someone', current_timestamp, 1, true)");
        }
        assertThat(run("assets", "list", "--data", folder.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).doesNotContain("\n").contains(folder.toString()).contains("newer TechBench");
    }
}
