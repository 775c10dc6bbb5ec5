package org.techbench.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.techbench.i18n.Bundles;

class SyncTextsTest {

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
    void englishAndChineseHaveTheSameMessagesWithTheSameArguments() {
        assertThat(Bundles.differences("sync")).isEmpty();
    }

    @Test
    void everySyncMessageTheCodeNamesHasItsWords() {
        var named = Bundles.keysNamedInCode(Pattern.compile("\"((?:hub|refused|laptop)\\.[A-Za-z]+)\""));
        assertThat(named).hasSizeGreaterThan(40);
        assertThat(Bundles.load("sync.properties").stringPropertyNames()).containsAll(named);
    }
}
