package org.techbench.sync.hub;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.techbench.domain.sync.LostField;
import org.techbench.domain.sync.MergedRow;
import org.techbench.domain.sync.Reference;
import org.techbench.domain.sync.RowChange;
import org.techbench.domain.sync.Stamp;
import org.techbench.domain.sync.Versioned;
import org.techbench.replication.DuplicateRows;
import org.techbench.replication.PreparedStatements;
import org.techbench.replication.RowMerger;
import org.techbench.replication.SyncedTable;

/**
 * One pushed mutation applied on the hub: each change merged into its row, a row that claims
 * another's natural key merged into that row, and what came of it (the log's entries, the pushed
 * values that lost, the rows merged).
 */
final class AppliedMutation {

    private final PreparedStatements prepared;
    private final HubMerges merges;
    private final Caller caller;
    private final OffsetDateTime now;
    private final List<RowChange> effects = new ArrayList<>();
    private final List<LostField> lost = new ArrayList<>();
    private final List<MergedRow> merged = new ArrayList<>();

    AppliedMutation(PreparedStatements prepared, HubMerges merges, Caller caller, OffsetDateTime now) {
        this.prepared = prepared;
        this.merges = merges;
        this.caller = caller;
        this.now = now;
    }

    List<RowChange> effects() {
        return effects;
    }

    List<LostField> lost() {
        return lost;
    }

    List<MergedRow> merged() {
        return merged;
    }

    /** Applies one pushed change; a refusal throws {@link RefusedMutation}, and the whole mutation is undone. */
    void apply(RowChange pushed) {
        DSLContext tx = prepared.dsl();
        RowChange change = merges.redirect(tx, pushed);
        SyncedTable synced = SyncedTable.named(change.table());
        // A change that neither sets the key's columns nor brings the row back cannot give it a key another holds.
        boolean touchesKey = merges.rules().naturalKey(change.table()).map(key -> change.fields()
                .containsKey(RowChange.CAUSAL_LENGTH) || key.columns().stream().anyMatch(change.fields()::containsKey))
                .orElse(false);
        Map<String, String> stored = touchesKey ? DuplicateRows.storedValues(tx, synced, change.rowId()) : null;
        if (touchesKey && stored == null) {
            HubMerges.Duplicate duplicate = merges.duplicateOfNewRow(tx, change);
            if (duplicate != null) {
                // A new row with a key the hub knows: it is never stored, its write goes to the holder.
                refuseUnlessMayMerge(change, duplicate);
                RowChange onto = DuplicateRows.retarget(DuplicateRows.asFullInsert(change), duplicate.holder().id(),
                        duplicate.holder().siteId());
                merge(onto);
                MergedRow row = merges.remember(tx, change.table(), change.rowId(), duplicate, now);
                merged.add(row);
                effects.add(HubMerges.marker(row, change.stamp()));
                return;
            }
        }
        merge(change);
        if (touchesKey && stored != null) {
            // Judged on the row as it now is: a pushed key value can lose to a later one the hub holds.
            HubMerges.Duplicate duplicate = merges.storedDuplicate(tx, change.table(), change.rowId(), Set.of());
            if (duplicate != null) {
                refuseUnlessMayMerge(change, duplicate);
                mergeStored(change.table(), change.rowId(), duplicate, change.stamp());
            }
        }
    }

    private void refuseUnlessMayMerge(RowChange change, HubMerges.Duplicate duplicate) {
        String refusal = merges.refusalOf(caller, change, duplicate, prepared.dsl());
        if (refusal != null) {
            throw new RefusedMutation(refusal);
        }
    }

    private void merge(RowChange change) {
        RowMerger.Outcome outcome;
        try {
            outcome = RowMerger.apply(prepared, change, Set.of());
        } catch (IllegalArgumentException e) {
            throw new RefusedMutation(caller.texts().get("refused.cannotApply", e.getMessage()));
        }
        if (outcome.changedAnything()) {
            effects.add(outcome.effect());
        }
        lost.addAll(lostFields(change, outcome));
    }

    /**
     * Merges a stored row into the holder of its key: its fields by their clocks, the rows that
     * pointed at it re-pointed, then its own keyed children that now share a key, in turn.
     */
    private void mergeStored(String table, UUID duplicate, HubMerges.Duplicate found, Stamp stamp) {
        DSLContext tx = prepared.dsl();
        SyncedTable synced = SyncedTable.named(table);
        for (RowChange write : DuplicateRows.asWritesTo(tx, synced, duplicate, found.holder().id(), found.holder().siteId())) {
            merge(write);
        }
        List<Reference> keyedChildren = merges.keyedChildren(table);
        List<Set<UUID>> children = new ArrayList<>();
        for (Reference child : keyedChildren) {
            children.add(DuplicateRows.childrenOf(tx, child.table(), child.column(), duplicate));
        }
        DuplicateRows.repoint(tx, merges.rules(), table, duplicate, found.holder().id());
        DuplicateRows.remove(tx, table, duplicate);
        MergedRow row = merges.remember(tx, table, duplicate, found, now);
        merged.add(row);
        effects.add(HubMerges.marker(row, stamp));
        for (int i = 0; i < keyedChildren.size(); i++) {
            String childTable = keyedChildren.get(i).table();
            Set<UUID> moved = children.get(i);
            for (UUID child : moved) {
                HubMerges.Duplicate childDuplicate = merges.storedDuplicate(tx, childTable, child, new HashSet<>(moved));
                if (childDuplicate != null) {
                    mergeStored(childTable, child, childDuplicate, stamp);
                }
            }
        }
    }

    /** The pushed values that arrived after a later write of the same field with another value. */
    private List<LostField> lostFields(RowChange change, RowMerger.Outcome outcome) {
        if (outcome.merge().state() == null) {
            return List.of();
        }
        List<LostField> lostHere = new ArrayList<>();
        change.fields().forEach((name, value) -> {
            Versioned kept = outcome.merge().state().fields().get(name);
            // Only the pusher's own values: a merged row may carry other laptops' values too.
            if (kept != null && !kept.stamp().equals(change.stamp()) && !Objects.equals(kept.value(), value)
                    && change.stamp().node().equals(caller.nodeId())) {
                lostHere.add(new LostField(change.table(), change.rowId(), change.siteId(), name, value, change.stamp(),
                        (String) kept.value(), kept.stamp()));
            }
        });
        return lostHere;
    }
}
