package org.techbench.service.maintenance;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.techbench.i18n.Texts;

/**
 * The results a filled-in form may say, in either language (a form printed in Chinese may be
 * typed up on an English laptop), with the short marks people write by hand.
 */
enum ResultWords {
    PASS("form.pass", "p", "ok", "✓", "✔", "y", "yes"),
    FAIL("form.fail", "f", "x", "✗", "✘", "n", "no"),
    NOT_APPLICABLE("form.na", "na", "n.a.", "-", "—");

    private final Set<String> said;

    ResultWords(String key, String... marks) {
        said = Stream.concat(Stream.of(marks), Stream.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)
                        .map(language -> Texts.reports(language).get(key)))
                .map(word -> word.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    boolean matches(String written) {
        return written != null && said.contains(written.strip().toLowerCase(Locale.ROOT));
    }
}
