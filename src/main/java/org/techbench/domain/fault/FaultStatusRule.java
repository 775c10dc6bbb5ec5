package org.techbench.domain.fault;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.techbench.domain.sync.ChangeRule;
import org.techbench.domain.sync.RuleViolation.Word;
import org.techbench.domain.sync.RuleViolation;

/**
 * A fault's status may only follow its life cycle, judged against the status stored: a laptop that
 * had not yet heard a fault was closed cannot put it back to work.
 */
public final class FaultStatusRule implements ChangeRule {

    private static final String STATUS = "status";

    @Override
    public Set<String> reads() {
        return Set.of(STATUS);
    }

    @Override
    public Optional<RuleViolation> check(Map<String, String> stored, Map<String, String> changed) {
        if (!changed.containsKey(STATUS)) {
            return Optional.empty();
        }
        String target = changed.get(STATUS);
        FaultStatus next = parse(target);
        if (next == null) {
            return Optional.of(new RuleViolation("refused.faultStatusUnknown", String.valueOf(target)));
        }
        String current = stored.get(STATUS);
        if (current == null || current.equals(target) || FaultStatus.valueOf(current).canMoveTo(next)) {
            return Optional.empty();
        }
        return Optional.of(new RuleViolation("refused.faultStatusMovedOn",
                new Word("faultStatus." + current), new Word("faultStatus." + target)));
    }

    private static FaultStatus parse(String status) {
        try {
            return status == null ? null : FaultStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
