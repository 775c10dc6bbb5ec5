package org.techbench.domain.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A run through a procedure: branches followed by the answers, one step back, a run resumed, answers held to their rules. */
class ProcedureWalkTest {

    private static LocalText text(String en) {
        return new LocalText(en, en + "（中文）");
    }

    private static StepDefinition step(String id, StepKind kind, String next, String fail) {
        return new StepDefinition(id, kind, text(id), false, next, fail, null, null, null, null, List.of(), null, null, 1);
    }

    /** Cable check (fail: replace), voltage 11.4–12.6 V (out of range: replace), then sign. */
    private static final ProcedureDefinition POWER = new ProcedureDefinition("P", 1, ProcedureKind.TROUBLESHOOTING,
            "HARDWARE", "POWER", text("Power"), List.of(
                    step("cable", StepKind.CHECK, null, "replace"),
                    new StepDefinition("voltage", StepKind.READING, text("Voltage"), true, "sign", null, "V", 11.4, 12.6,
                            "replace", List.of(), null, null, 2),
                    step("replace", StepKind.INSTRUCTION, null, null),
                    step("sign", StepKind.SIGN_OFF, null, null)), "test");

    /** A backup check, then an update that needs the backup passed. */
    private static final ProcedureDefinition UPDATE = new ProcedureDefinition("U", 1, ProcedureKind.SOFTWARE_UPDATE,
            null, null, text("Update"), List.of(
                    step("backup", StepKind.CHECK, null, null),
                    new StepDefinition("update", StepKind.INSTRUCTION, text("Update"), false, null, null, null, null, null,
                            null, List.of(), null, "backup", 2)), "test");

    @Test
    void aFailedCheckFollowsItsFailBranch() {
        var outcome = ProcedureWalk.start(POWER).answer("fail", "plug cracked");

        assertThat(outcome.walk().current().orElseThrow().id()).isEqualTo("replace");
        assertThat(outcome.walk().path()).containsExactly(new StepAnswer("cable", "fail", "plug cracked"));
    }

    @Test
    void aReadingOutOfItsRangeFollowsItsOutOfRangeBranch() {
        var walk = ProcedureWalk.start(POWER).answer("pass", null).walk();

        assertThat(walk.answer("10,9", null).walk().current().orElseThrow().id()).isEqualTo("replace");
        assertThat(walk.answer("12.1", null).walk().current().orElseThrow().id()).isEqualTo("sign");
    }

    @Test
    void aReadingThatIsNotANumberDoesNotAdvanceAndSaysWhy() {
        var walk = ProcedureWalk.start(POWER).answer("pass", null).walk();

        var outcome = walk.answer("twelve", null);

        assertThat(outcome.refusal()).isEqualTo(new StepRefusal(StepRefusal.Reason.NOT_A_NUMBER, "twelve"));
        assertThat(outcome.walk().current().orElseThrow().id()).isEqualTo("voltage");
    }

    @Test
    void aReadingOutOfRangeWithNoBranchForItIsRefusedWithTheRange() {
        var strict = new ProcedureDefinition("S", 1, ProcedureKind.HARDWARE_CHECK, null, null, text("Strict"), List.of(
                new StepDefinition("temp", StepKind.READING, text("Temp"), true, null, null, "°C", 0.0, 85.0, null,
                        List.of(), null, null, 1)), "test");

        assertThat(ProcedureWalk.start(strict).answer("91", null).refusal())
                .isEqualTo(new StepRefusal(StepRefusal.Reason.OUT_OF_RANGE, "0–85 °C"));
    }

    @Test
    void aStepThatNeedsAnEarlierOnePassedWaitsForIt() {
        var afterFailedBackup = ProcedureWalk.start(UPDATE).answer("fail", null).walk();

        var outcome = afterFailedBackup.answer("done", null);

        assertThat(outcome.refusal()).isEqualTo(new StepRefusal(StepRefusal.Reason.NEEDS_FIRST, "backup"));
        var afterBackup = afterFailedBackup.back().answer("pass", null).walk();
        assertThat(afterBackup.answer("done", null).walk().finished()).isTrue();
    }

    @Test
    void goingBackReopensTheStepAnsweredLast() {
        var walk = ProcedureWalk.start(POWER).answer("pass", null).walk().answer("12", null).walk();

        var back = walk.back();

        assertThat(back.current().orElseThrow().id()).isEqualTo("voltage");
        assertThat(back.path()).extracting(StepAnswer::stepId).containsExactly("cable");
    }

    @Test
    void aRunResumesWhereItsRecordedAnswersLeftIt() {
        var resumed = ProcedureWalk.resume(POWER, List.of(new StepAnswer("cable", "pass", null),
                new StepAnswer("voltage", "10.2", "sagging")));

        assertThat(resumed.current().orElseThrow().id()).isEqualTo("replace");
        assertThat(resumed.answered()).isEqualTo(2);
    }

    @Test
    void aSignOffNeedsAName() {
        var atSign = ProcedureWalk.start(POWER).answer("pass", null).walk().answer("12", null).walk();

        assertThat(atSign.answer(" ", null).refusal().reason()).isEqualTo(StepRefusal.Reason.ANSWER_REQUIRED);
        assertThat(atSign.answer("Li Na", null).walk().finished()).isTrue();
    }
}
