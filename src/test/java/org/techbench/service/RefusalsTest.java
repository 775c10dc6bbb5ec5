package org.techbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.techbench.i18n.Bundles;

class RefusalsTest {

    @Test
    void englishAndChineseHaveTheSameRefusalsWithTheSameArguments() {
        assertThat(Bundles.differences("refusals")).isEmpty();
    }

    @Test
    void everyRefusalTheCodeNamesHasItsWords() {
        var named = Bundles.keysNamedInCode(Pattern.compile("\"((?:refusal|file)\\.[A-Za-z]+)\""));
        assertThat(named).hasSizeGreaterThan(20);
        assertThat(Bundles.load("refusals.properties").stringPropertyNames()).containsAll(named);
    }
}
