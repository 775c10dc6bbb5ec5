package org.techbench.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class FieldClocksProperties {

    @Property
    void encodingRoundTrips(@ForAll @LongRange(min = 0) long created, @ForAll @LongRange(min = 0) long changed,
                            @ForAll @Size(max = 10) List<@AlphaChars @StringLength(min = 1, max = 12) String> fields) {
        FieldClocks clocks = FieldClocks.createdAt(new Stamp(created, "a1b2c3d4e5f60718"))
                .with(fields, new Stamp(changed, "0123456789abcdef"));
        assertThat(FieldClocks.decode(clocks.encode())).isEqualTo(clocks);
    }

    @Property
    void restampingTheTextEqualsRestampingTheClocks(
            @ForAll @LongRange(min = 0) long created, @ForAll @LongRange(min = 0) long earlier,
            @ForAll @LongRange(min = 0) long later,
            @ForAll @Size(max = 6) List<@AlphaChars @StringLength(min = 1, max = 12) String> editedBefore,
            @ForAll @Size(min = 1, max = 6) List<@AlphaChars @StringLength(min = 1, max = 12) String> editedNow) {
        FieldClocks clocks = FieldClocks.createdAt(new Stamp(created, "a1b2c3d4e5f60718"))
                .with(editedBefore, new Stamp(earlier, "0123456789abcdef"));
        Stamp now = new Stamp(later, "fedcba9876543210");
        assertThat(FieldClocks.restamp(clocks.encode(), editedNow, now)).isEqualTo(clocks.with(editedNow, now).encode());
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
