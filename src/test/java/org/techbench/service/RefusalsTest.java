package org.techbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RefusalsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)");
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"((?:refusal|file)\\.[A-Za-z]+)\"");

    @Test
    void englishAndChineseHaveTheSameRefusalsWithTheSamePlaceholders() throws IOException {
        Properties english = load("refusals.properties");
        Properties chinese = load("refusals_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(chinese.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void everyRefusalTheCodeNamesHasItsWords() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher keys = KEY_IN_CODE.matcher(Files.readString(source));
                while (keys.find()) {
                    named.add(keys.group(1));
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(20);
        assertThat(load("refusals.properties").stringPropertyNames()).containsAll(named);
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(RefusalsTest.class.getResourceAsStream("/i18n/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
