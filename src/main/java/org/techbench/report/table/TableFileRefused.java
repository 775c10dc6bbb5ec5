package org.techbench.report.table;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A file that cannot be read as a table at all; {@link #reason()} says why, and {@link #key()} with
 * {@link #arguments()} names the words for the user (in the refusals bundle, under {@code file.}).
 */
public final class TableFileRefused extends Exception {

    /** Why a file was refused. */
    public enum Reason { EMPTY, TOO_LARGE, NOT_A_TABLE, UNKNOWN_ENCODING, DAMAGED, UNREADABLE }

    private final Reason reason;
    private final String key;
    private final Object[] arguments;

    public TableFileRefused(Reason reason, String key, Throwable cause, Object... arguments) {
        super(english(key, arguments), cause);
        this.reason = reason;
        this.key = key;
        this.arguments = arguments.clone();
    }

    public Reason reason() {
        return reason;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The words in English, for the log. */
    private static String english(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.refusals", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(arguments);
    }
}
