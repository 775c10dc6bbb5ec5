package org.techbench.replication;

import static org.techbench.schema.Tables.SYNC_MERGE;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.techbench.domain.sync.ChangeRules;
import org.techbench.domain.sync.MergedRow;
import org.techbench.domain.sync.Reference;
import org.techbench.domain.sync.RowChange;

/**
 * A merge the hub made, done again on this laptop: the duplicate's fields go into the survivor
 * (or the duplicate takes the survivor's id when the survivor has not arrived yet), the rows that
 * pointed at it follow, and the technician finds the merge on the Sync screen.
 */
final class LocalMerges {

    private final ChangeRules rules = ChangeRules.standard();

    /** The tables whose rows a merge of a row of {@code table} may change. */
    Set<String> tablesTouchedBy(String table) {
        Set<String> tables = new HashSet<>();
        tables.add(table);
        for (Reference reference : rules.referencesTo(table)) {
            if (reference.table().equals(Reference.EVERY_TABLE)) {
                SyncedTable.all().forEach(synced -> tables.add(synced.name()));
            } else {
                tables.add(reference.table());
            }
        }
        return tables;
    }

    /** Whether this laptop has redone any merge: only then may a pulled change name a merged row. */
    boolean anyMerged(DSLContext dsl) {
        return dsl.fetchExists(SYNC_MERGE);
    }

    /** A pulled change aimed at the rows that stayed of those merged here. */
    RowChange redirect(DSLContext dsl, RowChange change) {
        return MergedIds.redirect(rules, change, named -> survivorsOf(dsl, named));
    }

    /**
     * A pulled change of a row the hub merged since it was logged: applied to the row itself while
     * this laptop holds it (the merge's announcement follows), else to the first row it went into
     * that this laptop holds, as after a snapshot taken when the row was gone already.
     */
    static RowChange followMerges(DSLContext dsl, RowChange change) {
        String since = change.fields().get(RowChange.MERGED_SINCE);
        if (since == null) {
            return change;
        }
        Map<String, String> fields = new LinkedHashMap<>(change.fields());
        fields.remove(RowChange.MERGED_SINCE);
        UUID target = change.rowId();
        if (!DuplicateRows.exists(dsl, change.table(), target)) {
            List<UUID> chain = Arrays.stream(since.split(",")).map(UUID::fromString).toList();
            target = chain.stream().filter(id -> DuplicateRows.exists(dsl, change.table(), id)).findFirst()
                    .orElse(chain.getLast());
        }
        UUID siteId = change.rowId().equals(change.siteId()) ? target : change.siteId();
        return new RowChange(change.table(), target, siteId, change.stamp(), fields);
    }

    /** The survivors of the merged rows among {@code named}, following merges of merged rows to the end. */
    private static Map<UUID, UUID> survivorsOf(DSLContext dsl, Map<UUID, String> named) {
        Map<UUID, UUID> survivors = new HashMap<>();
        named.forEach((id, table) -> {
            UUID current = id;
            for (int step = 0; step < 8; step++) {
                UUID next = dsl.select(SYNC_MERGE.SURVIVOR_ID).from(SYNC_MERGE)
                        .where(SYNC_MERGE.TABLE_NAME.eq(table).and(SYNC_MERGE.DUP_ID.eq(current))).fetchOne(SYNC_MERGE.SURVIVOR_ID);
                if (next == null) {
                    break;
                }
                current = next;
            }
            if (!current.equals(id)) {
                survivors.put(id, current);
            }
        });
        return survivors;
    }

    /** Those of {@code announced} this laptop has not redone yet. */
    List<MergedRow> notYetKnown(DSLContext dsl, List<MergedRow> announced) {
        Set<UUID> known = new HashSet<>(dsl.select(SYNC_MERGE.DUP_ID).from(SYNC_MERGE)
                .where(SYNC_MERGE.DUP_ID.in(announced.stream().map(MergedRow::duplicate).toList())).fetch(SYNC_MERGE.DUP_ID));
        return announced.stream().filter(row -> !known.contains(row.duplicate())).toList();
    }

    /** The merge a log entry of the hub's announces. */
    static MergedRow of(RowChange marker) {
        return new MergedRow(marker.table(), marker.rowId(), UUID.fromString(marker.fields().get(RowChange.MERGED_INTO)),
                marker.siteId(), marker.fields().getOrDefault(RowChange.MERGED_KEY, ""));
    }

    /** Does the merge here; returns whether this laptop held either row. */
    boolean apply(PreparedStatements statements, MergedRow announced, OffsetDateTime now) {
        DSLContext dsl = statements.dsl();
        // The survivor may itself have been merged since: a push answered again carries its first answer.
        UUID survivor = survivorsOf(dsl, Map.of(announced.survivor(), announced.table()))
                .getOrDefault(announced.survivor(), announced.survivor());
        MergedRow merged = new MergedRow(announced.table(), announced.duplicate(), survivor, announced.siteId(),
                announced.key());
        boolean holdsDuplicate = DuplicateRows.exists(dsl, merged.table(), merged.duplicate());
        boolean holdsSurvivor = DuplicateRows.exists(dsl, merged.table(), merged.survivor());
        if (holdsDuplicate && holdsSurvivor) {
            SyncedTable synced = SyncedTable.named(merged.table());
            for (RowChange write : DuplicateRows.asWritesTo(dsl, synced, merged.duplicate(), merged.survivor(), merged.siteId())) {
                // The hub tells this laptop of its own values that lost; nothing to list here.
                RowMerger.apply(statements, write, Set.of());
            }
            DuplicateRows.repoint(dsl, rules, merged.table(), merged.duplicate(), merged.survivor());
            DuplicateRows.remove(dsl, merged.table(), merged.duplicate());
        } else if (holdsDuplicate) {
            DuplicateRows.rename(dsl, merged.table(), merged.duplicate(), merged.survivor(), merged.siteId());
            DuplicateRows.repoint(dsl, rules, merged.table(), merged.duplicate(), merged.survivor());
        } else {
            // Pulled changes may still point at a row this laptop never held: the hub merged it before the snapshot.
            DuplicateRows.repoint(dsl, rules, merged.table(), merged.duplicate(), merged.survivor());
        }
        // Every merge is remembered, also of rows this laptop never held: a later answer or page may still name them.
        if (!merged.duplicate().equals(merged.survivor())) {
            dsl.insertInto(SYNC_MERGE)
                    .set(SYNC_MERGE.TABLE_NAME, merged.table())
                    .set(SYNC_MERGE.DUP_ID, merged.duplicate())
                    .set(SYNC_MERGE.SURVIVOR_ID, merged.survivor())
                    .set(SYNC_MERGE.SITE_ID, merged.siteId())
                    .set(SYNC_MERGE.HELD_HERE, holdsDuplicate || holdsSurvivor)
                    .set(SYNC_MERGE.NATURAL_KEY, MergedRow.keptKey(merged.key()))
                    .set(SYNC_MERGE.MERGED_AT, now)
                    .onConflictDoNothing()
                    .execute();
        }
        return holdsDuplicate;
    }
}
