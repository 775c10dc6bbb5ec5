package org.techbench.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void aChineseAcceptLanguageGetsSimplifiedChinese() {
        assertThat(Texts.fromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Texts.fromAcceptLanguage("zh")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void theMostWantedLanguageWins() {
        assertThat(Texts.fromAcceptLanguage("zh-CN;q=0.5,en-GB;q=0.9")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void anAbsentForeignOrMalformedAcceptLanguageGetsEnglish() {
        assertThat(Texts.fromAcceptLanguage(null)).isEqualTo(Locale.ENGLISH);
        assertThat(Texts.fromAcceptLanguage("fr-FR")).isEqualTo(Locale.ENGLISH);
        assertThat(Texts.fromAcceptLanguage(";;q=x")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void anyChineseIsSpokenAsSimplifiedChineseAndAnyOtherLanguageAsEnglish() {
        assertThat(Texts.sync(Locale.TRADITIONAL_CHINESE).languageTag()).isEqualTo("zh-CN");
        assertThat(Texts.window(Locale.GERMAN).languageTag()).isEqualTo("en");
    }

    @Test
    void aDoubledApostropheReadsAsOneEvenWithoutArguments() {
        assertThat(Texts.sync(Locale.ENGLISH).get("hub.uploadDoesNotFit")).isEqualTo("The upload's offset and size do not fit together.");
        assertThat(Texts.window(Locale.ENGLISH).get("sync.col.reason")).isEqualTo("Hub's reason");
    }

    @Test
    void theSameKeyIsWordedInEachLanguage() {
        assertThat(Texts.window(Locale.ENGLISH).get("nav.assets")).isEqualTo("Assets");
        assertThat(Texts.window(Locale.SIMPLIFIED_CHINESE).get("nav.assets")).isEqualTo("资产");
        assertThat(Texts.window(Locale.SIMPLIFIED_CHINESE).number(12345)).isEqualTo("12,345");
    }

    @Test
    void aMissingKeyShowsAsItselfMarked() {
        assertThat(Texts.window(Locale.ENGLISH).get("no.such.key")).isEqualTo("!no.such.key!");
    }
}
