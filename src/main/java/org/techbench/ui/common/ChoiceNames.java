package org.techbench.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;
import org.techbench.i18n.Texts;

/** Names for what a technician picks from a list and never types: a converter that only writes. */
public final class ChoiceNames {

    private ChoiceNames() {
    }

    /** An enum's values by the window's texts under {@code prefix}, as {@code faults.scope.OPEN}. */
    public static <E extends Enum<E>> StringConverter<E> of(Texts messages, String prefix) {
        return by(value -> messages.get(prefix + value.name()));
    }

    /** Any value by {@code text}; null shows as nothing. */
    public static <T> StringConverter<T> by(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            /** The lists these name are not editable, so nothing typed ever comes back to be read. */
            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }
}
