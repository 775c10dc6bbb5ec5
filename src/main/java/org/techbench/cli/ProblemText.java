package org.techbench.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.techbench.service.asset.ImportNotice;
import org.techbench.service.asset.ImportProblem;

/** Words problems and notices for the command line, in English, from the same bundle the window uses. */
final class ProblemText {

    private final ResourceBundle bundle = ResourceBundle.getBundle("i18n/messages", Locale.ROOT);

    String describe(ImportProblem problem) {
        String reason = new MessageFormat(bundle.getString("problem.code." + problem.code().name()), Locale.ROOT)
                .format(new Object[] {problem.value()});
        return "%s row %d, %s: %s".formatted(problem.sheet(), problem.row(), problem.column(), reason);
    }

    String describe(ImportNotice notice) {
        String value = notice.code() == ImportNotice.Code.DATE_ORDER
                ? bundle.getString("notice.DATE_ORDER." + notice.value()) : notice.value();
        String text = new MessageFormat(bundle.getString("notice." + notice.code().name()), Locale.ROOT)
                .format(new Object[] {value});
        return notice.rows() > 1 && notice.code() != ImportNotice.Code.DATE_ORDER && notice.code() != ImportNotice.Code.PRESET
                ? "Notice: %s (%d rows)".formatted(text, notice.rows()) : "Notice: " + text;
    }
}
