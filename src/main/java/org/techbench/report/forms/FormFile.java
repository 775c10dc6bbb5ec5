package org.techbench.report.forms;

import java.util.List;

/** What a file of filled-in forms holds: the forms that could be read, and what was wrong with the others. */
public record FormFile(List<FilledForm> forms, List<FormProblem> problems) {

    public FormFile {
        forms = List.copyOf(forms);
        problems = List.copyOf(problems);
    }
}
