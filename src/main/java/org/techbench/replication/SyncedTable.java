package org.techbench.replication;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.jooq.Table;
import org.techbench.schema.DefaultSchema;

/**
 * A table whose rows are synced, read from the schema itself: a table with an {@code hlc}
 * column is synced (the sync machinery's own {@code sync_*} and {@code hub_*} tables excepted); one that also has {@code field_clocks} is mutable, otherwise append-only.
 * Tables added by later migrations are therefore captured from their first day.
 */
public record SyncedTable(Table<?> table, Field<UUID> id, Field<UUID> siteId, Field<Long> hlc,
                          Field<String> fieldClocks, Field<Integer> causalLength, Field<Boolean> archived) {

    private static final Map<String, SyncedTable> BY_NAME = DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
            .filter(t -> t.field("hlc") != null && !t.getName().startsWith("sync_") && !t.getName().startsWith("hub_"))
            .map(SyncedTable::describe)
            .collect(Collectors.toUnmodifiableMap(s -> s.table().getName(), Function.identity()));

    public boolean mutable() {
        return fieldClocks != null;
    }

    public String name() {
        return table.getName();
    }

    public static List<SyncedTable> all() {
        return BY_NAME.values().stream().sorted(Comparator.comparing(SyncedTable::name)).toList();
    }

    public static SyncedTable of(Table<?> table) {
        return named(table.getName());
    }

    /** The synced table of that name; anything else (a hub's bookkeeping, a typo, a hostile name) is refused. */
    public static SyncedTable named(String name) {
        SyncedTable synced = name == null ? null : BY_NAME.get(name);
        if (synced == null) {
            throw new IllegalArgumentException(name + " is not a synced table");
        }
        return synced;
    }

    public static boolean exists(String name) {
        return name != null && BY_NAME.containsKey(name);
    }

    private static SyncedTable describe(Table<?> table) {
        return new SyncedTable(table, column(table, "id"), column(table, "site_id"), column(table, "hlc"),
                column(table, "field_clocks"), column(table, "cl"), column(table, "archived"));
    }

    /**
     * The table's own field, not a coerced copy ({@code field(name, type)}): a record finds its own
     * field by identity, a copy only by rendering both to SQL, which took a tenth of a bulk import.
     */
    @SuppressWarnings("unchecked")
    private static <T> Field<T> column(Table<?> table, String name) {
        return (Field<T>) table.field(name);
    }
}
