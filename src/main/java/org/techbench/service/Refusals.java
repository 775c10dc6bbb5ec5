package org.techbench.service;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/** Refusals worded in the language the workbench speaks: the window's, which may change, or English on the command line. */
public final class Refusals {

    private final Supplier<Locale> language;

    public Refusals(Supplier<Locale> language) {
        this.language = language;
    }

    /** A refusal with the words of {@code key} in the current language. */
    public RefusedException refused(String key, Object... arguments) {
        return new RefusedException(text(key, arguments));
    }

    /** The words of {@code key} in the current language. */
    public String text(String key, Object... arguments) {
        Locale locale = language.get();
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.refusals", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
