package org.techbench.domain.fault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FaultRulesTest {

    @Test
    void reportedFaultGetsPriorityFromImpactAndUrgency() {
        assertThat(Priority.of(Impact.HIGH, Urgency.HIGH)).isEqualTo(Priority.P1);
        assertThat(Priority.of(Impact.HIGH, Urgency.MEDIUM)).isEqualTo(Priority.P2);
        assertThat(Priority.of(Impact.MEDIUM, Urgency.HIGH)).isEqualTo(Priority.P2);
        assertThat(Priority.of(Impact.MEDIUM, Urgency.MEDIUM)).isEqualTo(Priority.P3);
        assertThat(Priority.of(Impact.LOW, Urgency.LOW)).isEqualTo(Priority.P4);
    }

    @Test
    void closedFaultCannotBeReopened() {
        assertThat(FaultStatus.CLOSED.next()).isEmpty();
        assertThat(FaultStatus.CLOSED.isOpen()).isFalse();
    }

    @Test
    void resolvedFaultGoesBackToWorkWhenTheUserFindsItIsNotGone() {
        assertThat(FaultStatus.RESOLVED.canMoveTo(FaultStatus.IN_PROGRESS)).isTrue();
        assertThat(FaultStatus.REPORTED.canMoveTo(FaultStatus.CLOSED)).isFalse();
    }

    @Test
    void everySubcategoryBelongsToTheCategoryThatListsIt() {
        for (FaultCategory category : FaultCategory.values()) {
            assertThat(FaultSubcategory.of(category)).isNotEmpty().allMatch(s -> s.category() == category);
        }
    }
}
