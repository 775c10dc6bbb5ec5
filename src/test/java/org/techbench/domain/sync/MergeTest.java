package org.techbench.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MergeTest {

    /** One write as a replica would receive it: a row state holding the fields it set. */
    private static final Gen<RowState> WRITES = writes();

    private static Gen<RowState> writes() {
        Gen<String> node = pick(List.of("laptop-a", "laptop-b", "hub"));
        Gen<Long> hlc = longs().between(1, 30); // a small range, so clocks collide across nodes
        Gen<Set<String>> fields = lists().of(pick(List.of("name", "serial", "status", "ip_address"))).ofSizeBetween(1, 3)
                .map(TreeSet::new);
        Gen<Integer> causalLength = integers().between(1, 4);
        return node.zip(hlc, fields, causalLength, (n, h, written, cl) -> {
            Stamp stamp = new Stamp(h, n);
            Map<String, Versioned> values = new HashMap<>();
            // A node's clock never repeats, so one stamp is one write: the value follows from it.
            written.forEach(f -> values.put(f, new Versioned(f + "@" + stamp.encode(), stamp)));
            return new RowState(values, cl);
        });
    }

    @Test
    void mergeIsCommutative() {
        qt().forAll(WRITES, WRITES).checkAssert((a, b) -> assertThat(Merge.states(a, b)).isEqualTo(Merge.states(b, a)));
    }

    @Test
    void mergeIsAssociative() {
        qt().forAll(WRITES, WRITES, WRITES).checkAssert((a, b, c) ->
                assertThat(Merge.states(Merge.states(a, b), c)).isEqualTo(Merge.states(a, Merge.states(b, c))));
    }

    @Test
    void mergingAStateWithItselfChangesNothing() {
        qt().forAll(WRITES).checkAssert(a -> assertThat(Merge.states(a, a)).isEqualTo(a));
    }

    @Test
    void replicasThatSeeTheSameWritesInAnyOrderAndAnyNumberOfTimesAgreeWithLastWriterWins() {
        qt().forAll(lists().of(WRITES).ofSizeBetween(1, 12), longs().all())
                .checkAssert(MergeTest::replicaAgreesWithLastWriterWins);
    }

    private static void replicaAgreesWithLastWriterWins(List<RowState> writes, long seed) {
        Random random = new Random(seed);
        List<RowState> delivered = new ArrayList<>(writes);
        for (int i = 0; i < writes.size(); i++) {
            delivered.add(writes.get(random.nextInt(writes.size()))); // duplicated messages
        }
        Collections.shuffle(delivered, random);
        RowState replica = null;
        for (RowState write : delivered) {
            replica = Merge.apply(replica, write, Set.of()).state();
        }

        Map<String, Versioned> reference = new HashMap<>();
        int causalLength = 0;
        for (RowState write : writes) {
            write.fields().forEach((field, versioned) -> reference.merge(field, versioned, Versioned::later));
            causalLength = Math.max(causalLength, write.causalLength());
        }
        assertThat(replica).isEqualTo(new RowState(reference, causalLength));
    }

    @Test
    void aPendingLocalEditThatLosesIsKeptAsAConflict() {
        RowState local = new RowState(Map.of("ip_address", new Versioned("10.0.0.5", new Stamp(10, "laptop-a"))), 1);
        RowState remote = new RowState(Map.of("ip_address", new Versioned("10.0.0.9", new Stamp(11, "laptop-b"))), 1);
        Merge.Result result = Merge.apply(local, remote, Set.of("ip_address"));
        assertThat(result.state().value("ip_address")).isEqualTo("10.0.0.9");
        assertThat(result.changedFields()).containsExactly("ip_address");
        assertThat(result.conflicts()).singleElement().satisfies(c -> assertThat(c.lost().value()).isEqualTo("10.0.0.5"));
    }

    @Test
    void aSyncedValueOverwrittenByAnEditThatNeverSawItIsAConflictForItsAuthor() {
        RowState local = new RowState(Map.of("location", new Versioned("Rack 9", new Stamp(10, "laptop-a"))), 1);
        RowState remote = new RowState(Map.of("location", new Versioned("Cage 3", new Stamp(11, "laptop-b"))), 1);

        Merge.Result result = Merge.apply(local, remote, Set.of(), Map.of("location", new Stamp(2, "laptop-c")), "laptop-a");

        assertThat(result.state().value("location")).isEqualTo("Cage 3");
        assertThat(result.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.lost().value()).isEqualTo("Rack 9");
            assertThat(c.won().value()).isEqualTo("Cage 3");
        });
    }

    @Test
    void anEditBasedOnTheValueItReplacesOrOnSomeoneElsesIsNoConflict() {
        RowState local = new RowState(Map.of("location", new Versioned("Rack 9", new Stamp(10, "laptop-a"))), 1);
        RowState remote = new RowState(Map.of("location", new Versioned("Cage 3", new Stamp(11, "laptop-b"))), 1);

        assertThat(Merge.apply(local, remote, Set.of(), Map.of("location", new Stamp(10, "laptop-a")), "laptop-a")
                .conflicts()).isEmpty();
        assertThat(Merge.apply(local, remote, Set.of(), Map.of("location", new Stamp(2, "laptop-c")), "laptop-d")
                .conflicts()).as("not this laptop's value").isEmpty();
        assertThat(Merge.apply(local, remote, Set.of(), Map.of(), "laptop-a").conflicts()).as("no base told").isEmpty();
    }

    @Test
    void aLocalEditThatWinsOrAgreesIsNoConflict() {
        RowState local = new RowState(Map.of("name", new Versioned("Core switch", new Stamp(20, "laptop-a"))), 1);
        RowState older = new RowState(Map.of("name", new Versioned("Switch", new Stamp(19, "laptop-b"))), 1);
        RowState sameValue = new RowState(Map.of("name", new Versioned("Core switch", new Stamp(21, "laptop-b"))), 1);
        assertThat(Merge.apply(local, older, Set.of("name")).conflicts()).isEmpty();
        assertThat(Merge.apply(local, older, Set.of("name")).state()).isEqualTo(local);
        assertThat(Merge.apply(local, sameValue, Set.of("name")).conflicts()).isEmpty();
    }

    @Test
    void aRemovalWinsOverAnOlderLifeAndARecreationOverTheRemoval() {
        RowState alive = new RowState(Map.of("name", new Versioned("Printer", new Stamp(5, "laptop-a"))), 1);
        RowState removed = new RowState(Map.of(), 2);
        RowState recreated = new RowState(Map.of("name", new Versioned("Printer 2", new Stamp(9, "laptop-b"))), 3);
        assertThat(Merge.states(alive, removed).exists()).isFalse();
        assertThat(Merge.states(Merge.states(alive, removed), recreated).exists()).isTrue();
        assertThat(Merge.states(recreated, removed).exists()).isTrue();
    }
}
