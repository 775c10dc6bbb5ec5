package org.techbench.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.techbench.service.asset.ImportProblem;

/** Words problems for the command line, in English, from the same bundle the window uses. */
final class ProblemText {

    private final ResourceBundle bundle = ResourceBundle.getBundle("i18n/messages", Locale.ROOT);

    String describe(ImportProblem problem) {
        String reason = new MessageFormat(bundle.getString("problem.code." + problem.code().name()), Locale.ROOT)
                .format(new Object[] {problem.value()});
        return "%s row %d, %s: %s".formatted(problem.sheet(), problem.row(), problem.column(), reason);
    }
}
