package org.techbench.report.print;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A report that could not be written where asked (a folder that is not there or not writable, a
 * file open in another program); nothing was left half-written. {@link #key()} with
 * {@link #arguments()} names the words for the user in the refusals bundle.
 */
public final class ReportRefused extends Exception {

    private final String key;
    private final Object[] arguments;

    public ReportRefused(String key, Throwable cause, Object... arguments) {
        super(english(key, arguments), cause);
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    private static String english(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.refusals", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(arguments);
    }
}
