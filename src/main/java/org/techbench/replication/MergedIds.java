package org.techbench.replication;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.techbench.domain.sync.ChangeRules;
import org.techbench.domain.sync.Reference;
import org.techbench.domain.sync.RowChange;

/**
 * Changes that still name a merged row, aimed at the row that stayed: on the hub a laptop may push
 * them before it hears of the merge, and a laptop that redid a merge from a push's answer may pull
 * earlier changes of the merged row.
 */
public final class MergedIds {

    private MergedIds() {
    }

    /**
     * The change with every id of a merged row (its own, its site, the rows it points at) replaced
     * by the survivor's; {@code survivorsOf} answers, for ids and the table each is expected in,
     * the survivors of those that were merged.
     */
    public static RowChange redirect(ChangeRules rules, RowChange change,
                                     Function<Map<UUID, String>, Map<UUID, UUID>> survivorsOf) {
        Map<UUID, String> named = new HashMap<>();
        if (rules.naturalKey(change.table()).isPresent()) {
            named.put(change.rowId(), change.table());
        }
        if (change.siteId() != null) {
            named.put(change.siteId(), "site");
        }
        List<Reference> references = rules.referencesFrom(change.table());
        for (Reference reference : references) {
            UUID id = idIn(change, reference);
            if (id != null) {
                named.put(id, reference.target());
            }
        }
        Map<UUID, UUID> survivors = survivorsOf.apply(named);
        if (survivors.isEmpty()) {
            return change;
        }
        Map<String, String> fields = new LinkedHashMap<>(change.fields());
        for (Reference reference : references) {
            UUID id = idIn(change, reference);
            if (id != null && survivors.containsKey(id)) {
                fields.put(reference.column(), survivors.get(id).toString());
            }
        }
        UUID rowId = named.containsKey(change.rowId()) ? survivors.getOrDefault(change.rowId(), change.rowId()) : change.rowId();
        UUID siteId = change.siteId() == null ? null : survivors.getOrDefault(change.siteId(), change.siteId());
        return new RowChange(change.table(), rowId, siteId, change.stamp(), fields);
    }

    /** The id a reference column of the change holds, or null when it holds none (or not into the reference's table). */
    private static UUID idIn(RowChange change, Reference reference) {
        String value = change.fields().get(reference.column());
        if (value == null || (reference.ownerColumn() != null
                && !Objects.equals(change.fields().get(reference.ownerColumn()), reference.target()))) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
