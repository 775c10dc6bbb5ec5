package org.techbench.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SyncTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)");
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"((?:hub|refused|laptop)\\.[A-Za-z]+)\"");

    @Test
    void aChineseAcceptLanguageGetsSimplifiedChinese() {
        assertThat(SyncTexts.forAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).isSameAs(SyncTexts.SIMPLIFIED_CHINESE);
        assertThat(SyncTexts.forAcceptLanguage("zh")).isSameAs(SyncTexts.SIMPLIFIED_CHINESE);
    }

    @Test
    void theMostWantedLanguageWins() {
        assertThat(SyncTexts.forAcceptLanguage("zh-CN;q=0.5,en-GB;q=0.9")).isSameAs(SyncTexts.ENGLISH);
    }

    @Test
    void anAbsentForeignOrMalformedAcceptLanguageGetsEnglish() {
        assertThat(SyncTexts.forAcceptLanguage(null)).isSameAs(SyncTexts.ENGLISH);
        assertThat(SyncTexts.forAcceptLanguage("fr-FR")).isSameAs(SyncTexts.ENGLISH);
        assertThat(SyncTexts.forAcceptLanguage(";;q=x")).isSameAs(SyncTexts.ENGLISH);
    }

    @Test
    void theWindowsLanguagePicksTheTexts() {
        assertThat(SyncTexts.in(Locale.SIMPLIFIED_CHINESE).languageTag()).isEqualTo("zh-CN");
        assertThat(SyncTexts.in(Locale.ENGLISH).languageTag()).isEqualTo("en");
    }

    @Test
    void aDoubledApostropheReadsAsOneEvenWithoutArguments() {
        assertThat(SyncTexts.ENGLISH.get("hub.uploadDoesNotFit")).isEqualTo("The upload's offset and size do not fit together.");
    }

    @Test
    void englishAndChineseHaveTheSameMessagesWithTheSamePlaceholders() throws IOException {
        Properties english = load("sync.properties");
        Properties chinese = load("sync_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(chinese.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void everySyncMessageTheCodeNamesHasItsWords() throws IOException {
        Properties english = load("sync.properties");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher keys = KEY_IN_CODE.matcher(Files.readString(source));
                while (keys.find()) {
                    named.add(keys.group(1));
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(40);
        assertThat(english.stringPropertyNames()).containsAll(named);
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
        try (var reader = new InputStreamReader(SyncTextsTest.class.getResourceAsStream("/i18n/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
