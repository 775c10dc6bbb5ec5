package org.techbench.ui.common;

import java.util.List;

/** A kind of file offered in a file dialog: what people call it and its name patterns ({@code *.xlsx}). */
public record FileFilter(String description, List<String> patterns) {

    public FileFilter(String description, String... patterns) {
        this(description, List.of(patterns));
    }
}
