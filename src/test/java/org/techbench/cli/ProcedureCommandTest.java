package org.techbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code procedure list}, {@code procedure show} and {@code procedure validate}, with their exit codes. */
class ProcedureCommandTest {

    @TempDir
    Path folder;

    private final CommandLineRun command = new CommandLineRun();

    private int run(String... args) {
        return command.run(args);
    }

    @Test
    void theLibraryIsListedInChineseAsCsv() {
        assertThat(run("procedure", "list", "--language", "zh", "--format", "csv")).isZero();

        assertThat(command.out()).startsWith("code,version,kind,steps,title")
                .contains("SOFTWARE-UPDATE,1,SOFTWARE_UPDATE,10,软件更新");
    }

    @Test
    void aProcedureShowsItsStepsWithWhereEachLeads() {
        assertThat(run("procedure", "show", "software-update")).isZero();

        assertThat(command.out()).contains("  backup           check        Backup made and verified")
                .contains("-> update | make-backup")
                .contains("  update           instruction  Run the update as planned while monitoring it.  [after backup]");
    }

    @Test
    void aBrokenFileIsExitOneWithEveryProblemByLine() throws Exception {
        Path file = folder.resolve("broken.yaml");
        Files.writeString(file, """
                code: BROKEN
                version: 1
                kind: TROUBLESHOOTING
                title: {en: "Broken", zh: "坏的"}
                steps:
                  - id: a
                    kind: check
                    text: {en: "Fan spins?", zh: "风扇转吗？"}
                    fail: nowhere
                """);

        assertThat(run("procedure", "validate", file.toString())).isEqualTo(1);

        assertThat(command.err().strip()).isEqualTo(file + ":6: Step \"a\" leads to \"nowhere\", which is not a step of this procedure.");
    }

    @Test
    void aFileNotInUtf8IsRefusedWithWhatToDo() throws Exception {
        Path file = folder.resolve("gbk.yaml");
        Files.write(file, "title: 软件更新".getBytes(java.nio.charset.Charset.forName("GBK")));

        assertThat(run("procedure", "validate", file.toString())).isEqualTo(1);

        assertThat(command.err().strip()).isEqualTo("techbench: " + file + " is not UTF-8 text: save it as UTF-8 and validate it again.");
    }

    @Test
    void aValidFileSaysSo() throws Exception {
        Path file = folder.resolve("ok.yaml");
        Files.writeString(file, """
                code: OK
                version: 2
                kind: HARDWARE_CHECK
                title: {en: "Fan check", zh: "风扇检查"}
                steps:
                  - id: a
                    kind: check
                    text: {en: "Fan spins?", zh: "风扇转吗？"}
                """, StandardCharsets.UTF_8);

        assertThat(run("procedure", "validate", file.toString())).isZero();

        assertThat(command.out().strip()).isEqualTo(file + ": OK v2, 1 steps, valid");
    }
}
