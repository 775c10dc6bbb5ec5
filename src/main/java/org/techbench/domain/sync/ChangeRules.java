package org.techbench.domain.sync;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techbench.domain.fault.FaultStatusRule;

/**
 * Every synced table's rules in one place: the hub refuses a pushed change by the same rules the
 * services keep, and a new subject adds its rules here.
 */
public final class ChangeRules {

    private final Map<String, List<ChangeRule>> byTable;

    private ChangeRules(Map<String, List<ChangeRule>> byTable) {
        this.byTable = Map.copyOf(byTable);
    }

    /** The rules of the workbench's subjects. */
    public static ChangeRules standard() {
        Map<String, List<ChangeRule>> rules = new HashMap<>();
        rules.put("fault", List.of(new FaultStatusRule()));
        return new ChangeRules(rules);
    }

    public List<ChangeRule> of(String table) {
        return byTable.getOrDefault(table, List.of());
    }

    /** The first rule of the table that refuses the change, if any. */
    public Optional<RuleViolation> check(String table, Map<String, String> stored, Map<String, String> changed) {
        for (ChangeRule rule : of(table)) {
            Optional<RuleViolation> violation = rule.check(stored, changed);
            if (violation.isPresent()) {
                return violation;
            }
        }
        return Optional.empty();
    }
}
