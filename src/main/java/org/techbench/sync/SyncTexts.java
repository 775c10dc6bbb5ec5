package org.techbench.sync;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Sync messages in one language, English or Simplified Chinese: the hub words its refusals in the
 * language a laptop asks for, and a laptop words its own sync problems in the window's language.
 */
public final class SyncTexts {

    public static final SyncTexts ENGLISH = new SyncTexts(Locale.ENGLISH);
    public static final SyncTexts SIMPLIFIED_CHINESE = new SyncTexts(Locale.SIMPLIFIED_CHINESE);

    private final Locale locale;
    private final ResourceBundle bundle;

    private SyncTexts(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's own locale: a laptop set to English on a Chinese system stays English.
        this.bundle = ResourceBundle.getBundle("i18n.sync", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The texts for a language: Simplified Chinese for any Chinese, English for everything else. */
    public static SyncTexts in(Locale language) {
        return language != null && language.getLanguage().equals("zh") ? SIMPLIFIED_CHINESE : ENGLISH;
    }

    /** The texts for an HTTP Accept-Language header, English when it names neither language first. */
    public static SyncTexts forAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ENGLISH;
        }
        try {
            // Ranges come back most wanted first.
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-", 2)[0];
                if (language.equals("zh")) {
                    return SIMPLIFIED_CHINESE;
                }
                if (language.equals("en")) {
                    return ENGLISH;
                }
            }
        } catch (IllegalArgumentException e) {
            // A malformed header is no reason to refuse a request.
        }
        return ENGLISH;
    }

    /** The language tag a laptop sends as Accept-Language. */
    public String languageTag() {
        return locale.toLanguageTag();
    }

    public String get(String key, Object... arguments) {
        // Always through MessageFormat, so that a doubled apostrophe reads as one.
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
