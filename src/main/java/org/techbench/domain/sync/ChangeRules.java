package org.techbench.domain.sync;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.techbench.domain.fault.FaultStatusRule;

/**
 * Every synced table's rules in one place: the changes the hub refuses by the same rules the
 * services keep, the natural keys it never lets two rows share, and the columns that point at a
 * row, re-pointed when duplicates are merged. A new subject adds its rules here.
 */
public final class ChangeRules {

    private final Map<String, List<ChangeRule>> byTable;
    private final Map<String, NaturalKey> naturalKeys;
    private final List<Reference> references;

    private ChangeRules(Map<String, List<ChangeRule>> byTable, List<NaturalKey> naturalKeys, List<Reference> references) {
        this.byTable = Map.copyOf(byTable);
        Map<String, NaturalKey> keys = new HashMap<>();
        naturalKeys.forEach(key -> keys.put(key.table(), key));
        this.naturalKeys = Map.copyOf(keys);
        this.references = List.copyOf(references);
    }

    /** The rules of the workbench's subjects. */
    public static ChangeRules standard() {
        Map<String, List<ChangeRule>> rules = new HashMap<>();
        rules.put("fault", List.of(new FaultStatusRule()));
        // Faults, their events, inspections, procedure runs and articles have no natural key: each
        // is its own record however alike two are, and a fault's number is drawn from its id.
        List<NaturalKey> keys = List.of(
                new NaturalKey("site", List.of("code")),
                new NaturalKey("asset", List.of("site_id", "tag")),
                new NaturalKey("component", List.of("asset_id", "serial")),
                new NaturalKey("checklist_template", List.of("code", "version")),
                new NaturalKey("checklist_item", List.of("template_id", "position")),
                new NaturalKey("procedure_definition", List.of("code", "version")));
        List<Reference> references = List.of(
                Reference.of(Reference.EVERY_TABLE, "site_id", "site"),
                Reference.of("component", "asset_id", "asset"),
                Reference.of("installed_software", "asset_id", "asset"),
                Reference.of("inspection", "asset_id", "asset"),
                Reference.of("fault", "asset_id", "asset"),
                Reference.of("procedure_run", "asset_id", "asset"),
                new Reference("attachment", "owner_id", "asset", "owner_table"),
                new Reference("attachment", "owner_id", "site", "owner_table"),
                Reference.of("inspection_result", "component_id", "component"),
                Reference.of("checklist_item", "template_id", "checklist_template"),
                Reference.of("inspection", "template_id", "checklist_template"),
                Reference.of("inspection_result", "item_id", "checklist_item"));
        return new ChangeRules(rules, keys, references);
    }

    /** The natural key of a table, if it has one. */
    public Optional<NaturalKey> naturalKey(String table) {
        return Optional.ofNullable(naturalKeys.get(table));
    }

    /** Every table with a natural key. */
    public Set<String> tablesWithNaturalKeys() {
        return naturalKeys.keySet();
    }

    /** The columns that point at rows of {@code target}. */
    public List<Reference> referencesTo(String target) {
        return references.stream().filter(reference -> reference.target().equals(target)).toList();
    }

    /** The columns of {@code table} that point at rows of a table with a natural key. */
    public List<Reference> referencesFrom(String table) {
        return references.stream()
                .filter(reference -> reference.table().equals(table) || reference.table().equals(Reference.EVERY_TABLE))
                .toList();
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
