package org.techbench.domain.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.techbench.domain.fault.FaultCategory;

/** Who a fault is suggested to: skill in its category first, then the fewest open faults, then the name. */
class DispatchRankingTest {

    private final Technician li = technician("Li Na", Set.of(FaultCategory.NETWORK), false);
    private final Technician wang = technician("Wang Wei", Set.of(FaultCategory.HARDWARE, FaultCategory.NETWORK), false);
    private final Technician zhao = technician("Zhao Min", Set.of(FaultCategory.HARDWARE), false);
    private final Technician gone = technician("Chen Jie", Set.of(FaultCategory.HARDWARE), true);

    @Test
    void theSkilledComeFirstAndAmongThemTheLeastBusy() {
        List<DispatchCandidate> ranked = DispatchRanking.rank(FaultCategory.HARDWARE, List.of(li, wang, zhao),
                Map.of(wang.id(), 3, zhao.id(), 1));

        assertThat(ranked).extracting(c -> c.technician().name(), DispatchCandidate::skilled, DispatchCandidate::openFaults)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Zhao Min", true, 1),
                        org.assertj.core.groups.Tuple.tuple("Wang Wei", true, 3),
                        org.assertj.core.groups.Tuple.tuple("Li Na", false, 0));
    }

    @Test
    void equalWorkloadsAreOrderedByName() {
        assertThat(DispatchRanking.rank(FaultCategory.NETWORK, List.of(wang, li), Map.of()))
                .extracting(c -> c.technician().name()).containsExactly("Li Na", "Wang Wei");
    }

    @Test
    void anArchivedTechnicianIsNeverSuggested() {
        assertThat(DispatchRanking.rank(FaultCategory.HARDWARE, List.of(gone, li), Map.of()))
                .extracting(c -> c.technician().name()).containsExactly("Li Na");
    }

    private static Technician technician(String name, Set<FaultCategory> skills, boolean archived) {
        return new Technician(UUID.randomUUID(), name, Role.ENGINEER, skills, null, archived);
    }
}
