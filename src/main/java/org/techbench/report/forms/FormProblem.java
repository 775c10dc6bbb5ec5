package org.techbench.report.forms;

/**
 * Something wrong on a filled-in form, by sheet and row (as Excel numbers rows; 0 for the whole
 * form): {@link #key()} with {@link #arguments()} names the words in the refusals bundle.
 */
public record FormProblem(String sheet, int row, String key, Object... arguments) {

    public FormProblem {
        arguments = arguments.clone();
    }
}
