package org.techbench.i18n;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The workbench's words in one language, English or Simplified Chinese, from one of its message
 * bundles: the window's, the refusals the services give, sync's (the hub's answers too), and the
 * printed reports'. The
 * one way the window, the services, the command line and the hub word what they say.
 */
public final class Texts {

    /** The message bundles, one per audience. */
    public enum Bundle {
        WINDOW("i18n.messages"), REFUSALS("i18n.refusals"), SYNC("i18n.sync"), REPORTS("i18n.reports");

        private final String baseName;

        Bundle(String baseName) {
            this.baseName = baseName;
        }

        public String baseName() {
            return baseName;
        }
    }

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(Bundle bundle, Locale locale) {
        this.locale = supported(locale);
        // No fallback to the JVM's own locale: a laptop set to English on a Chinese system stays English.
        this.bundle = ResourceBundle.getBundle(bundle.baseName(), this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Texts of(Bundle bundle, Locale locale) {
        return new Texts(bundle, locale);
    }

    public static Texts window(Locale locale) {
        return of(Bundle.WINDOW, locale);
    }

    public static Texts refusals(Locale locale) {
        return of(Bundle.REFUSALS, locale);
    }

    public static Texts sync(Locale locale) {
        return of(Bundle.SYNC, locale);
    }

    /** The words printed in the Excel reports. */
    public static Texts reports(Locale locale) {
        return of(Bundle.REPORTS, locale);
    }

    /** The language the workbench speaks for a wish: Simplified Chinese for any Chinese, English for everything else. */
    public static Locale supported(Locale wish) {
        return wish != null && wish.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /** The language an HTTP Accept-Language header asks for, English when it names neither first. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            // Ranges come back most wanted first.
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-", 2)[0];
                if (language.equals("zh")) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
                if (language.equals("en")) {
                    return Locale.ENGLISH;
                }
            }
        } catch (IllegalArgumentException e) {
            // A malformed header is no reason to refuse a request.
        }
        return Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    /** The language tag a laptop sends as Accept-Language. */
    public String languageTag() {
        return locale.toLanguageTag();
    }

    /**
     * The words of {@code key}; always through MessageFormat, so a doubled apostrophe reads as one.
     * A key the bundle lacks shows as {@code !key!} (a test keeps every key the code names present).
     */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}
