package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream("/i18n/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void englishAndChineseHaveTheSameMessages() throws Exception {
        assertThat(load("messages_zh_CN.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyImportProblemHasItsWords() throws Exception {
        Properties english = load("messages.properties");
        for (var code : org.techbench.service.asset.ProblemCode.values()) {
            assertThat(english.getProperty("problem.code." + code.name())).as(code.name()).isNotBlank();
        }
    }
}
