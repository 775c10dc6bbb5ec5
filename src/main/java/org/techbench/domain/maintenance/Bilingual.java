package org.techbench.domain.maintenance;

import java.util.Locale;

/** A text written in English and in Simplified Chinese; the Chinese may be missing on a team's own templates. */
public record Bilingual(String english, String chinese) {

    public static Bilingual of(String english) {
        return new Bilingual(english, null);
    }

    /** The text in the language of {@code locale}, English when there is no Chinese. */
    public String in(Locale locale) {
        return "zh".equals(locale.getLanguage()) && chinese != null && !chinese.isBlank() ? chinese : english;
    }
}
