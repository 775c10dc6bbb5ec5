package org.techbench.service.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.techbench.domain.procedure.DefinitionProblem;

/** A definition file is refused with its file, line and reason, whatever is wrong with it. */
class ProcedureFileTest {

    private static final String HEAD = """
            code: TEST
            version: 1
            kind: TROUBLESHOOTING
            title: {en: "Test", zh: "测试"}
            steps:
            """;

    private static DefinitionProblem onlyProblem(String steps) {
        var read = ProcedureFile.read("test.yaml", HEAD + steps);
        assertThat(read.valid()).isFalse();
        assertThat(read.problems()).hasSize(1);
        return read.problems().getFirst();
    }

    @Test
    void aWellFormedDefinitionIsRead() {
        var read = ProcedureFile.read("test.yaml", HEAD + """
                  - id: a
                    kind: check
                    text: {en: "Cable in?", zh: "线插好了？"}
                    fail: b
                  - id: b
                    kind: sign-off
                    text: {en: "Name", zh: "签名"}
                """);

        assertThat(read.problems()).isEmpty();
        assertThat(read.definition().steps()).extracting(s -> s.line()).containsExactly(6, 10);
    }

    @Test
    void aSyntaxErrorNamesItsLine() {
        var problem = onlyProblem("""
                  - id: a
                    kind: instruction
                    text: {en: "Open the case", zh: "打开机箱"
                """);

        assertThat(problem.line()).isEqualTo(9);
        assertThat(problem.reason()).startsWith("Not readable as YAML");
    }

    @Test
    void anUnknownStepKindIsNamedWithItsLine() {
        var problem = onlyProblem("""
                  - id: a
                    kind: dance
                    text: {en: "Dance", zh: "跳舞"}
                """);

        assertThat(problem).isEqualTo(new DefinitionProblem("test.yaml", 7, "Unknown step kind \"dance\" (known: instruction,"
                + " confirmation, check, reading, choice, text, tool, attachment, sign-off)."));
    }

    @Test
    void aReferenceToNoStepIsNamedWithTheStepsLine() {
        var problem = onlyProblem("""
                  - id: a
                    kind: check
                    text: {en: "Fan spins?", zh: "风扇转吗？"}
                    fail: replace-fan
                """);

        assertThat(problem).isEqualTo(new DefinitionProblem("test.yaml", 6,
                "Step \"a\" leads to \"replace-fan\", which is not a step of this procedure."));
    }

    @Test
    void aStepNothingLeadsToIsUnreachable() {
        var problem = onlyProblem("""
                  - id: a
                    kind: instruction
                    text: {en: "Look", zh: "看"}
                    next: end
                  - id: b
                    kind: instruction
                    text: {en: "Never", zh: "从不"}
                """);

        assertThat(problem).isEqualTo(new DefinitionProblem("test.yaml", 10, "Step \"b\" cannot be reached from the first step."));
    }

    @Test
    void aLoopWithNoWayOutIsRefused() {
        var read = ProcedureFile.read("test.yaml", HEAD + """
                  - id: a
                    kind: instruction
                    text: {en: "Try", zh: "试"}
                  - id: b
                    kind: instruction
                    text: {en: "Try again", zh: "再试"}
                    next: a
                """);

        assertThat(read.problems()).extracting(DefinitionProblem::reason)
                .containsExactly("Step \"a\" is in a loop with no way out to the end.",
                        "Step \"b\" is in a loop with no way out to the end.");
    }

    @Test
    void aTextWithoutItsChineseIsRefused() {
        var problem = onlyProblem("""
                  - id: a
                    kind: instruction
                    text: {en: "Open the case"}
                """);

        assertThat(problem).isEqualTo(new DefinitionProblem("test.yaml", 6, "The text of step \"a\" has no Chinese."));
    }

    @Test
    void aReadingWithoutAUnitIsRefused() {
        var problem = onlyProblem("""
                  - id: a
                    kind: reading
                    text: {en: "Voltage", zh: "电压"}
                    min: 11
                    max: 13
                """);

        assertThat(problem.reason()).isEqualTo("Reading \"a\" has no unit.");
    }

    @Test
    void aStepThatNeedsACheckPassedCannotFollowThatChecksFailure() {
        var problem = onlyProblem("""
                  - id: backup
                    kind: check
                    text: {en: "Backed up?", zh: "备份了？"}
                  - id: update
                    kind: instruction
                    requires: backup
                    text: {en: "Update", zh: "更新"}
                """);

        assertThat(problem).isEqualTo(new DefinitionProblem("test.yaml", 9, "Step \"update\" requires \"backup\" passed,"
                + " but a failed \"backup\" leads to it: the run would stop there."));
    }
}
