package org.techbench.ui.assets;

import java.util.stream.Collectors;
import org.techbench.i18n.Texts;
import org.techbench.service.asset.AssetInvalidException;

/** Words a refused save for a dialog: one line per field and problem. */
final class AssetProblems {

    private AssetProblems() {
    }

    static String describe(AssetInvalidException invalid, Texts messages) {
        return invalid.problems().stream()
                .map(p -> messages.get("field." + p.field().name()) + ": "
                        + messages.get("problem.code." + p.code().name(), p.value()))
                .collect(Collectors.joining("\n"));
    }
}
