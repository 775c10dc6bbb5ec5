package org.techbench.domain.procedure;

import java.util.Locale;

/** A text of a procedure in both of the workbench's languages. */
public record LocalText(String en, String zh) {

    /** The text for a locale: Chinese for zh, English otherwise (and where the Chinese is missing). */
    public String in(Locale locale) {
        return "zh".equals(locale.getLanguage()) && zh != null && !zh.isBlank() ? zh : en;
    }
}
