package org.techbench.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.techbench.domain.sync.RuleViolation.Word;

class ChangeRulesTest {

    private final ChangeRules rules = ChangeRules.standard();

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "REPORTED,    ASSIGNED,    allowed",
            "ASSIGNED,    IN_PROGRESS, allowed",
            "IN_PROGRESS, RESOLVED,    allowed",
            "RESOLVED,    CLOSED,      allowed",
            "RESOLVED,    IN_PROGRESS, allowed",
            "CLOSED,      CLOSED,      allowed",
            "CLOSED,      IN_PROGRESS, refused",
            "CANCELLED,   ASSIGNED,    refused",
            "REPORTED,    CLOSED,      refused",
            "ON_HOLD,     RESOLVED,    refused"})
    void aFaultStatusMayOnlyFollowItsLifeCycle(String stored, String next, String verdict) {
        var violation = rules.check("fault", Map.of("status", stored), Map.of("status", next));
        assertThat(violation.isPresent()).isEqualTo(verdict.equals("refused"));
    }

    @ParameterizedTest
    @CsvSource({"CLOSED, IN_PROGRESS"})
    void aRefusedMoveNamesBothStatusesAsWordsOfTheReadersLanguage(String stored, String next) {
        var violation = rules.check("fault", Map.of("status", stored), Map.of("status", next)).orElseThrow();
        assertThat(violation.key()).isEqualTo("refused.faultStatusMovedOn");
        assertThat(violation.arguments()).containsExactly(new Word("faultStatus.CLOSED"), new Word("faultStatus.IN_PROGRESS"));
    }

    @Test
    void aNewFaultMayStartInAnyStatusAndAnUnknownStatusIsRefused() {
        assertThat(rules.check("fault", Map.of(), Map.of("status", "RESOLVED"))).isEmpty();
        assertThat(rules.check("fault", Map.of(), Map.of("status", "FIXED")).orElseThrow().key())
                .isEqualTo("refused.faultStatusUnknown");
    }

    @Test
    void changesThatLeaveTheStatusAloneAndTablesWithoutRulesPass() {
        assertThat(rules.check("fault", Map.of("status", "CLOSED"), Map.of("symptom", "fan noise"))).isEmpty();
        assertThat(rules.of("asset")).isEqualTo(List.of());
    }
}
