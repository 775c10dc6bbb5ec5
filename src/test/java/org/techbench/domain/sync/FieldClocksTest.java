package org.techbench.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class FieldClocksTest {

    private static final Gen<Long> CLOCKS = longs().between(0, Long.MAX_VALUE);

    private record TwoClocks(long created, long earlier) {
    }

    private static Gen<List<String>> fieldNames(int min, int max) {
        return lists().of(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12)).ofSizeBetween(min, max);
    }

    @Test
    void encodingRoundTrips() {
        qt().forAll(CLOCKS, CLOCKS, fieldNames(0, 10)).checkAssert((created, changed, fields) -> {
            FieldClocks clocks = FieldClocks.createdAt(new Stamp(created, "a1b2c3d4e5f60718"))
                    .with(fields, new Stamp(changed, "0123456789abcdef"));
            assertThat(FieldClocks.decode(clocks.encode())).isEqualTo(clocks);
        });
    }

    @Test
    void restampingTheTextEqualsRestampingTheClocks() {
        qt().forAll(CLOCKS.zip(CLOCKS, TwoClocks::new), CLOCKS, fieldNames(0, 6), fieldNames(1, 6))
                .checkAssert((createdAndEarlier, later, editedBefore, editedNow) -> {
                    FieldClocks clocks = FieldClocks.createdAt(new Stamp(createdAndEarlier.created(), "a1b2c3d4e5f60718"))
                            .with(editedBefore, new Stamp(createdAndEarlier.earlier(), "0123456789abcdef"));
                    Stamp now = new Stamp(later, "fedcba9876543210");
                    assertThat(FieldClocks.restamp(clocks.encode(), editedNow, now))
                            .isEqualTo(clocks.with(editedNow, now).encode());
                });
    }

    @Test
    void restampingRefusesTextWithoutCreationStamp() {
        assertThatThrownBy(() -> FieldClocks.restamp("name=1f@node", List.of("name"), new Stamp(2, "node")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void untouchedFieldsKeepTheCreationStamp() {
        Stamp created = new Stamp(10, "node-a");
        Stamp edited = new Stamp(20, "node-b");
        FieldClocks clocks = FieldClocks.createdAt(created).with(List.of("name"), edited);
        assertThat(clocks.of("name")).isEqualTo(edited);
        assertThat(clocks.of("serial")).isEqualTo(created);
    }

    @Test
    void equalClocksAreOrderedByNode() {
        assertThat(new Stamp(5, "b").isAfter(new Stamp(5, "a"))).isTrue();
        assertThat(new Stamp(6, "a").isAfter(new Stamp(5, "b"))).isTrue();
    }

    @Test
    void textWithoutCreationStampIsRefused() {
        assertThatThrownBy(() -> FieldClocks.decode("name=1f@node")).isInstanceOf(IllegalArgumentException.class);
    }
}
