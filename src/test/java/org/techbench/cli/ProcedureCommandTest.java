package org.techbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code procedure list}, {@code show}, {@code validate} and {@code add}, with their exit codes. */
class ProcedureCommandTest {

    @TempDir
    Path folder;

    private final CommandLineRun command = new CommandLineRun();

    private int run(String... args) {
        return command.run(args);
    }

    private String store() {
        return folder.resolve("store").toString();
    }

    private Path fanCheck(int version) throws java.io.IOException {
        Path file = folder.resolve("fan-" + version + ".yaml");
        Files.writeString(file, """
                code: FAN-CHECK
                version: %d
                kind: HARDWARE_CHECK
                title: {en: "Fan check", zh: "风扇检查"}
                steps:
                  - id: a
                    kind: check
                    text: {en: "Fan spins?", zh: "风扇转吗？"}
                """.formatted(version), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void anAddedProcedureIsListedAsTheTeamsAndAddingItAgainMakesTheNextVersion() throws Exception {
        assertThat(run("procedure", "add", fanCheck(1).toString(), "--data", store())).isZero();
        assertThat(command.out()).contains("Added FAN-CHECK version 1 (1 steps)");
        assertThat(run("procedure", "add", fanCheck(1).toString(), "--data", store())).isZero();
        assertThat(command.out()).contains("Added FAN-CHECK version 2 (1 steps)");
        assertThat(run("procedure", "list", "--data", store(), "--format", "csv")).isZero();
        assertThat(command.out()).contains("FAN-CHECK,2,HARDWARE_CHECK,1,Fan check,team");
    }

    @Test
    void aBrokenFileIsNotAddedAndSaysWhy() throws Exception {
        Path file = folder.resolve("broken.yaml");
        Files.writeString(file, """
                code: FAN-CHECK
                version: 1
                kind: HARDWARE_CHECK
                title: {en: "Fan check", zh: ""}
                steps:
                  - id: a
                    kind: check
                    text: {en: "Fan spins?", zh: "风扇转吗？"}
                """);

        assertThat(run("procedure", "add", file.toString(), "--data", store())).isEqualTo(1);

        assertThat(command.err()).contains(file.toString()).contains("title").contains("Nothing was added.");
        assertThat(run("procedure", "list", "--data", store(), "--format", "csv")).isZero();
        assertThat(command.out()).doesNotContain("FAN-CHECK");
    }

    @Test
    void theLibraryIsListedInChineseAsCsv() {
        assertThat(run("procedure", "list", "--data", store(), "--language", "zh", "--format", "csv")).isZero();

        assertThat(command.out()).startsWith("code,version,kind,steps,title,from")
                .contains("SOFTWARE-UPDATE,1,SOFTWARE_UPDATE,11,软件更新,built-in");
    }

    @Test
    void aProcedureShowsItsStepsWithWhereEachLeads() {
        assertThat(run("procedure", "show", "software-update", "--data", store())).isZero();

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

        assertThat(command.err().strip()).isEqualTo("techbench: " + file + " is not UTF-8 text: save it as UTF-8 and try again.");
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
