package org.techbench.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnValuesTest {

    @Test
    void columnValuesReadLikeTheMapTheyStandFor() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("serial", "S1");
        map.put("removed_on", null);
        var values = new ColumnValues(new ColumnValues.Columns(List.of("serial", "removed_on")), new String[] {"S1", null});

        assertThat(values).isEqualTo(map).hasSameHashCodeAs(map);
        assertThat(values.keySet()).containsExactly("serial", "removed_on");
        assertThat(values.get("kind")).isNull();
        assertThat(values.containsKey("removed_on")).isTrue();
    }

    @Test
    void aRowWithTooFewValuesForItsColumnsIsRefused() {
        var columns = new ColumnValues.Columns(List.of("serial", "kind"));

        assertThatThrownBy(() -> new ColumnValues(columns, new String[] {"S1"})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("1 values for 2 columns");
    }
}
