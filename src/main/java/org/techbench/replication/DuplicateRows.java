package org.techbench.replication;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.techbench.domain.sync.BaseStamps;
import org.techbench.domain.sync.ChangeRules;
import org.techbench.domain.sync.NaturalKey;
import org.techbench.domain.sync.Reference;
import org.techbench.domain.sync.RowChange;
import org.techbench.domain.sync.RowState;
import org.techbench.domain.sync.Stamp;
import org.techbench.domain.sync.Versioned;

/**
 * Rows that share a natural key, and their merge into one, the same on hub and laptop: the
 * duplicate's fields merged into the survivor by their clocks, every column that pointed at the
 * duplicate pointed at the survivor, the duplicate removed.
 */
public final class DuplicateRows {

    /**
     * The base of a merged duplicate's fields: it saw none of the survivor's values, so every value
     * of the survivor it replaces is listed for that value's author.
     */
    static final Stamp SAW_NOTHING = new Stamp(0, "merge");

    private DuplicateRows() {
    }

    /** Another live row with the same natural key: its id and site. */
    public record Holder(UUID id, UUID siteId) {
    }

    /**
     * The live row other than {@code rowId} and {@code excluded} whose natural key has these
     * values, the one stored first when there are several; null when there is none.
     */
    public static Holder holderOf(DSLContext dsl, NaturalKey key, UUID rowId, List<String> values, Set<UUID> excluded) {
        SyncedTable synced = SyncedTable.named(key.table());
        Condition where = synced.id().ne(rowId);
        for (int i = 0; i < values.size(); i++) {
            Field<Object> column = (Field<Object>) synced.table().field(key.columns().get(i));
            where = where.and(column.eq(SyncValues.parse(column, values.get(i))));
        }
        if (synced.causalLength() != null) {
            where = where.and(synced.causalLength().mod(2).eq(1));
        }
        if (!excluded.isEmpty()) {
            where = where.and(synced.id().notIn(excluded));
        }
        Record2<UUID, UUID> holder = dsl.select(synced.id(), synced.siteId()).from(synced.table()).where(where)
                .orderBy(synced.hlc(), synced.id()).limit(1).fetchOne();
        return holder == null ? null : new Holder(holder.value1(), holder.value2());
    }

    /** A stored row's fields by name, in their text form; null when there is no such row. */
    public static Map<String, String> storedValues(DSLContext dsl, SyncedTable synced, UUID rowId) {
        Record row = dsl.selectFrom(synced.table()).where(synced.id().eq(rowId)).fetchOne();
        if (row == null) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Field<?> field : row.fields()) {
            values.put(field.getName(), SyncValues.text(row.get(field)));
        }
        return values;
    }

    /** The key as people read it: its values, ids left out (the site or asset it lies within is shown beside it). */
    public static String label(NaturalKey key, List<String> values) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (!key.columns().get(i).endsWith("_id")) {
                shown.add(values.get(i));
            }
        }
        return String.join(" / ", shown);
    }

    /**
     * A pushed or stored write of the duplicate, aimed at the survivor instead. It is based on
     * nothing the survivor held, and it does not move the survivor to the duplicate's site.
     */
    public static RowChange retarget(RowChange change, UUID survivor, UUID survivorSite) {
        Map<String, String> fields = new LinkedHashMap<>(change.fields());
        fields.remove(RowChange.BASE);
        fields.remove("site_id");
        Map<String, Stamp> base = new LinkedHashMap<>();
        fields.keySet().stream().filter(name -> !name.equals(RowChange.CAUSAL_LENGTH))
                .forEach(name -> base.put(name, SAW_NOTHING));
        if (!base.isEmpty()) {
            fields.put(RowChange.BASE, BaseStamps.encode(base));
        }
        return new RowChange(change.table(), survivor, survivorSite, change.stamp(), fields);
    }

    /**
     * A pushed insert with the columns it leaves out written as empty: a row's creation stamps
     * every field, so a duplicate made later empties what it left empty, as a later edit would.
     */
    public static RowChange asFullInsert(RowChange insert) {
        Map<String, String> fields = new LinkedHashMap<>(insert.fields());
        for (Field<?> field : SyncedTable.named(insert.table()).table().fields()) {
            if (!RowMerger.NOT_FIELDS.contains(field.getName())) {
                fields.putIfAbsent(field.getName(), null);
            }
        }
        return new RowChange(insert.table(), insert.rowId(), insert.siteId(), insert.stamp(), fields);
    }

    /** A stored duplicate's fields as writes aimed at the survivor, one per stamp they carry. */
    public static List<RowChange> asWritesTo(DSLContext dsl, SyncedTable synced, UUID duplicate, UUID survivor,
                                             UUID survivorSite) {
        Record row = dsl.selectFrom(synced.table()).where(synced.id().eq(duplicate)).fetchOne();
        if (row == null || !synced.mutable()) {
            return List.of();
        }
        RowState state = RowMerger.stateOf(row, synced);
        Map<Stamp, Map<String, String>> byStamp = new LinkedHashMap<>();
        state.fields().forEach((name, versioned) -> {
            if (!name.equals("site_id")) {
                byStamp.computeIfAbsent(versioned.stamp(), stamp -> new LinkedHashMap<>()).put(name, text(versioned));
            }
        });
        List<RowChange> writes = new ArrayList<>();
        byStamp.forEach((stamp, fields) -> {
            if (writes.isEmpty()) {
                // Existence merges like everywhere else: the longer causal length wins.
                fields.put(RowChange.CAUSAL_LENGTH, Integer.toString(state.causalLength()));
            }
            writes.add(retarget(new RowChange(synced.name(), duplicate, survivorSite, stamp, fields), survivor, survivorSite));
        });
        return writes;
    }

    private static String text(Versioned versioned) {
        return (String) versioned.value();
    }

    /**
     * Points every column that named {@code duplicate} at {@code survivor}. Returns the tables
     * whose rows it changed.
     */
    public static Set<String> repoint(DSLContext dsl, ChangeRules rules, String table, UUID duplicate, UUID survivor) {
        Set<String> touched = new HashSet<>();
        for (Reference reference : rules.referencesTo(table)) {
            List<SyncedTable> tables = reference.table().equals(Reference.EVERY_TABLE)
                    ? SyncedTable.all().stream().filter(t -> t.table().field(reference.column()) != null).toList()
                    : List.of(SyncedTable.named(reference.table()));
            for (SyncedTable referring : tables) {
                Field<UUID> column = referring.table().field(reference.column(), UUID.class);
                Condition where = column.eq(duplicate);
                if (reference.ownerColumn() != null) {
                    where = where.and(referring.table().field(reference.ownerColumn(), String.class).eq(table));
                }
                if (dsl.update(referring.table()).set(column, survivor).where(where).execute() > 0) {
                    touched.add(referring.name());
                }
            }
        }
        return touched;
    }

    /** The ids of rows of {@code table} whose {@code column} names {@code parent}. */
    public static Set<UUID> childrenOf(DSLContext dsl, String table, String column, UUID parent) {
        SyncedTable synced = SyncedTable.named(table);
        return new HashSet<>(dsl.select(synced.id()).from(synced.table())
                .where(synced.table().field(column, UUID.class).eq(parent)).fetch(synced.id()));
    }

    /** Removes the merged duplicate itself. */
    public static void remove(DSLContext dsl, String table, UUID duplicate) {
        SyncedTable synced = SyncedTable.named(table);
        dsl.deleteFrom(synced.table()).where(synced.id().eq(duplicate)).execute();
    }

    /** Gives the duplicate the survivor's id: the merge on a laptop that does not hold the survivor yet. */
    public static void rename(DSLContext dsl, String table, UUID duplicate, UUID survivor, UUID survivorSite) {
        SyncedTable synced = SyncedTable.named(table);
        Map<Field<?>, Object> assignments = new LinkedHashMap<>();
        assignments.put(synced.id(), survivor);
        if (synced.siteId() != null && survivorSite != null) {
            assignments.put(synced.siteId(), survivorSite);
        }
        dsl.update(synced.table()).set(assignments).where(synced.id().eq(duplicate)).execute();
    }

    /** Whether a row with this id is stored. */
    public static boolean exists(DSLContext dsl, String table, UUID id) {
        SyncedTable synced = SyncedTable.named(table);
        return dsl.fetchExists(DSL.selectOne().from(synced.table()).where(synced.id().eq(id)));
    }
}
