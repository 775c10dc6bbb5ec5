package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.techbench.i18n.Bundles;

class MessageBundlesTest {

    @Test
    void englishAndChineseHaveTheSameMessagesWithTheSameArguments() {
        assertThat(Bundles.differences("messages")).isEmpty();
    }

    @Test
    void everyImportProblemHasItsWords() {
        Properties english = Bundles.load("messages.properties");
        for (var code : org.techbench.service.asset.ProblemCode.values()) {
            assertThat(english.getProperty("problem.code." + code.name())).as(code.name()).isNotBlank();
        }
    }
}
