package org.techbench.domain.sync;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A rule that a change to one synced table must keep, judged the same way by the laptop's services
 * and by the hub when the change is pushed.
 */
public interface ChangeRule {

    /** The stored columns the rule needs to see besides the change itself. */
    Set<String> reads();

    /**
     * Why {@code changed} may not be applied to a row holding {@code stored} (empty for a row not
     * yet stored), or empty when it may.
     */
    Optional<RuleViolation> check(Map<String, String> stored, Map<String, String> changed);
}
