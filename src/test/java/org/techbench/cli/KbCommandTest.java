package org.techbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kb search} and {@code kb show} on a fresh store with the built-in library, with their exit codes. */
class KbCommandTest {

    @TempDir
    Path folder;

    private final CommandLineRun command = new CommandLineRun();

    private int run(String... args) {
        return command.run(args);
    }

    @Test
    void aChineseSymptomFindsTheChineseArticleFirstAsCsv() {
        assertThat(run("kb", "search", "IP地址冲突", "网络时断时续", "--data", folder.toString(), "--format", "csv")).isZero();

        String[] lines = command.out().strip().split("\r?\n");
        assertThat(lines[0]).isEqualTo("kind,id,title,score,why,fix");
        assertThat(lines[1]).startsWith("ARTICLE,").contains(",IP地址冲突,");
    }

    @Test
    void aBuiltInTopicShowsWithItsNumberedSteps() {
        assertThat(run("kb", "show", "hw-cooling", "--data", folder.toString())).isZero();

        assertThat(command.out()).startsWith("Overheating, loud fan, shutdowns under load\nHARDWARE / COOLING, en, version 1")
                .contains("  1. Check that the fan spins", "Helped 0 time(s)");
    }

    @Test
    void aQueryOfOnlyPunctuationIsExitOneWithTheReason() {
        assertThat(run("kb", "search", "?!", "--data", folder.toString())).isEqualTo(1);

        assertThat(command.err().strip())
                .isEqualTo("techbench: Nothing to search for in that: type words, not only punctuation.");
    }

    @Test
    void anUnknownArticleIsExitOne() {
        assertThat(run("kb", "show", "00000000-0000-0000-0000-000000000000", "--data", folder.toString())).isEqualTo(1);

        assertThat(command.err().strip())
                .isEqualTo("techbench: There is no article 00000000-0000-0000-0000-000000000000 in the knowledge base.");
    }
}
