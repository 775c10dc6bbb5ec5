package org.techbench.sync.hub;

import static org.techbench.schema.Tables.HUB_MERGE;
import static org.techbench.schema.Tables.SITE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.techbench.domain.sync.ChangeRules;
import org.techbench.domain.sync.LoggedChange;
import org.techbench.domain.sync.MergedRow;
import org.techbench.domain.sync.NaturalKey;
import org.techbench.domain.sync.Reference;
import org.techbench.domain.sync.RowChange;
import org.techbench.domain.sync.Stamp;
import org.techbench.replication.DuplicateRows;
import org.techbench.replication.MergedIds;
import org.techbench.replication.SyncedTable;

/**
 * The hub's side of natural keys: a pushed row whose key another row holds is merged into the
 * row the hub had first, and changes that still name a merged row are redirected to its survivor.
 */
final class HubMerges {

    private final ChangeRules rules;

    HubMerges(ChangeRules rules) {
        this.rules = rules;
    }

    /** The change with every id of a merged row (its own, its site, the rows it points at) replaced by the survivor's. */
    RowChange redirect(DSLContext tx, RowChange change) {
        return MergedIds.redirect(rules, change, named -> survivorsOf(tx, named));
    }

    /**
     * A page of the log as a laptop reads it: a change of a row merged since it was logged carries
     * the rows it went into, nearest first. A laptop that holds the row applies the change to it as
     * the hub did, and sees what it overwrote; one whose snapshot no longer holds it applies the
     * change to the first of those rows it holds. The announcements of merges stay as they are.
     */
    List<LoggedChange> markMerged(DSLContext tx, List<LoggedChange> page) {
        if (page.isEmpty() || !tx.fetchExists(HUB_MERGE)) {
            return page;
        }
        Map<UUID, UUID> survivorOf = new HashMap<>();
        Set<UUID> asked = new HashSet<>();
        for (LoggedChange logged : page) {
            if (!logged.change().announcesMerge()) {
                asked.add(logged.change().rowId());
            }
        }
        // Ids are unique across tables: a merged row's survivor is in its own table.
        while (!asked.isEmpty()) {
            Set<UUID> next = new HashSet<>();
            tx.select(HUB_MERGE.DUP_ID, HUB_MERGE.SURVIVOR_ID).from(HUB_MERGE).where(HUB_MERGE.DUP_ID.in(asked))
                    .forEach(r -> {
                        if (survivorOf.putIfAbsent(r.value1(), r.value2()) == null && !survivorOf.containsKey(r.value2())) {
                            next.add(r.value2());
                        }
                    });
            asked = next;
        }
        if (survivorOf.isEmpty()) {
            return page;
        }
        List<LoggedChange> marked = new ArrayList<>(page.size());
        for (LoggedChange logged : page) {
            RowChange change = logged.change();
            List<String> chain = new ArrayList<>();
            for (UUID id = survivorOf.get(change.rowId()); id != null && chain.size() < 16; id = survivorOf.get(id)) {
                chain.add(id.toString());
            }
            if (change.announcesMerge() || chain.isEmpty()) {
                marked.add(logged);
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>(change.fields());
            fields.put(RowChange.MERGED_SINCE, String.join(",", chain));
            marked.add(new LoggedChange(logged.position(),
                    new RowChange(change.table(), change.rowId(), change.siteId(), change.stamp(), fields)));
        }
        return marked;
    }

    private static Map<UUID, UUID> survivorsOf(DSLContext tx, Map<UUID, String> named) {
        if (named.isEmpty()) {
            return Map.of();
        }
        Map<UUID, UUID> survivors = new HashMap<>();
        tx.select(HUB_MERGE.TABLE_NAME, HUB_MERGE.DUP_ID, HUB_MERGE.SURVIVOR_ID).from(HUB_MERGE)
                .where(HUB_MERGE.DUP_ID.in(named.keySet()))
                .forEach(r -> {
                    if (r.value1().equals(named.get(r.value2()))) {
                        survivors.put(r.value2(), r.value3());
                    }
                });
        return survivors;
    }

    /**
     * The row that already holds the natural key a new row arrives with, null when none does (or
     * the table has no natural key). A stored row is judged after the change is applied, by
     * {@link #storedDuplicate}.
     */
    Duplicate duplicateOfNewRow(DSLContext tx, RowChange change) {
        NaturalKey key = rules.naturalKey(change.table()).orElse(null);
        if (key == null) {
            return null;
        }
        Map<String, String> row = change.fields();
        if (Integer.parseInt(row.getOrDefault(RowChange.CAUSAL_LENGTH, "1")) % 2 == 0) {
            return null;
        }
        List<String> values = key.valuesOf(row);
        if (values == null) {
            return null;
        }
        DuplicateRows.Holder holder = DuplicateRows.holderOf(tx, key, change.rowId(), values, Set.of());
        return holder == null ? null : new Duplicate(key, values, holder);
    }

    /** A row whose natural key {@code holder} holds already. */
    record Duplicate(NaturalKey key, List<String> values, DuplicateRows.Holder holder) {

        String label() {
            return DuplicateRows.label(key, values);
        }
    }

    /**
     * Why the caller may not have its row merged into the holder, or null when it may: the holder
     * lies in a site the caller may not see, or in another site than the row claims.
     */
    String refusalOf(Caller caller, RowChange change, Duplicate duplicate, DSLContext tx) {
        UUID holderSite = duplicate.holder().siteId();
        if (!caller.mayUse(holderSite, tx)) {
            return caller.texts().get("refused.duplicateOutOfScope", duplicate.label(), siteCode(tx, holderSite));
        }
        boolean ownSite = change.table().equals("site") || duplicate.key().includesSite();
        if (!ownSite && !Objects.equals(holderSite, change.siteId())) {
            return caller.texts().get("refused.duplicateOtherSite", duplicate.label(), siteCode(tx, holderSite));
        }
        return null;
    }

    private static String siteCode(DSLContext tx, UUID siteId) {
        String code = siteId == null ? null : tx.select(SITE.CODE).from(SITE).where(SITE.ID.eq(siteId)).fetchOne(SITE.CODE);
        return code != null ? code : String.valueOf(siteId);
    }

    /** Remembers that {@code duplicate} is now {@code survivor}, also for rows merged into the duplicate before. */
    MergedRow remember(DSLContext tx, String table, UUID duplicate, Duplicate found, OffsetDateTime now) {
        UUID survivor = found.holder().id();
        UUID siteId = found.holder().siteId();
        tx.update(HUB_MERGE).set(HUB_MERGE.SURVIVOR_ID, survivor).set(HUB_MERGE.SITE_ID, siteId)
                .where(HUB_MERGE.TABLE_NAME.eq(table).and(HUB_MERGE.SURVIVOR_ID.eq(duplicate))).execute();
        String key = MergedRow.keptKey(found.label());
        tx.insertInto(HUB_MERGE).set(HUB_MERGE.TABLE_NAME, table).set(HUB_MERGE.DUP_ID, duplicate)
                .set(HUB_MERGE.SURVIVOR_ID, survivor).set(HUB_MERGE.MERGED_AT, now)
                .set(HUB_MERGE.SITE_ID, siteId).set(HUB_MERGE.NATURAL_KEY, key)
                .onConflictDoNothing().execute();
        return new MergedRow(table, duplicate, survivor, siteId, key);
    }

    /**
     * Every merge of rows the caller may see, for the start of a snapshot: the rows merged before
     * it began are not in it, and the laptop may hold one of them.
     */
    List<MergedRow> mergesFor(DSLContext tx, Caller caller) {
        var condition = caller.account().everySite() ? DSL.trueCondition()
                : HUB_MERGE.SITE_ID.isNull().or(HUB_MERGE.SITE_ID.in(caller.siteIds()));
        return tx.selectFrom(HUB_MERGE).where(condition).orderBy(HUB_MERGE.MERGED_AT).fetch(r -> new MergedRow(
                r.getTableName(), r.getDupId(), r.getSurvivorId(), r.getSiteId(),
                r.getNaturalKey() == null ? "" : r.getNaturalKey()));
    }

    /** The log entry that tells every laptop of a merge. */
    static RowChange marker(MergedRow merged, Stamp stamp) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(RowChange.MERGED_INTO, merged.survivor().toString());
        fields.put(RowChange.MERGED_KEY, merged.key());
        return new RowChange(merged.table(), merged.duplicate(), merged.siteId(), stamp, fields);
    }

    /**
     * The rows whose natural key holds a column pointing at rows of {@code table}, by table and
     * column: after a merge they may share a key with the survivor's own.
     */
    List<Reference> keyedChildren(String table) {
        List<Reference> children = new ArrayList<>();
        for (Reference reference : rules.referencesTo(table)) {
            List<String> tables = reference.table().equals(Reference.EVERY_TABLE)
                    ? List.copyOf(rules.tablesWithNaturalKeys()) : List.of(reference.table());
            for (String child : tables) {
                if (!child.equals(table) && rules.naturalKey(child).map(key -> key.columns().contains(reference.column())).orElse(false)) {
                    children.add(new Reference(child, reference.column(), table, reference.ownerColumn()));
                }
            }
        }
        return children;
    }

    /** The natural key and holder of a stored child that may now share its key, or null. */
    Duplicate storedDuplicate(DSLContext tx, String table, UUID rowId, Set<UUID> excluded) {
        NaturalKey key = rules.naturalKey(table).orElseThrow();
        Map<String, String> row = DuplicateRows.storedValues(tx, SyncedTable.named(table), rowId);
        if (row == null || Integer.parseInt(row.getOrDefault(RowChange.CAUSAL_LENGTH, "1")) % 2 == 0) {
            return null;
        }
        List<String> values = key.valuesOf(row);
        if (values == null) {
            return null;
        }
        Set<UUID> others = new HashSet<>(excluded);
        others.remove(rowId);
        DuplicateRows.Holder holder = DuplicateRows.holderOf(tx, key, rowId, values, others);
        return holder == null ? null : new Duplicate(key, values, holder);
    }

    ChangeRules rules() {
        return rules;
    }
}
