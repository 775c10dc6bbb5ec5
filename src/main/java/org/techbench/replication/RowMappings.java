package org.techbench.replication;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * Turns a domain record into a row of a table: each record component goes into the column of the
 * same name in snake case (siteId into site_id), an enum as its name. Worked out once per record
 * type and table, then applied by method handles: an import of 100,000 assets spends no time on it
 * (jOOQ's own reflective mapping cost two seconds there).
 */
public final class RowMappings {

    private final Map<Key, Mapping> mappings = new ConcurrentHashMap<>();

    /** A new row of {@code table} holding {@code domain}'s values, with those columns marked as set. */
    public <R extends TableRecord<R>> R row(DSLContext dsl, Table<R> table, Record domain) {
        Mapping mapping = mappings.computeIfAbsent(new Key(table.getName(), domain.getClass()),
                key -> Mapping.of(table, domain.getClass()));
        R row = dsl.newRecord(table);
        for (int i = 0; i < mapping.columns().size(); i++) {
            Object value;
            try {
                value = mapping.accessors().get(i).invoke(domain);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + domain.getClass().getSimpleName(), e);
            }
            set(row, mapping.columns().get(i), value instanceof Enum<?> constant ? constant.name() : value);
        }
        return row;
    }

    private static <T> void set(TableRecord<?> row, Field<T> column, Object value) {
        row.set(column, column.getDataType().convert(value));
    }

    private record Key(String table, Class<?> type) {
    }

    private record Mapping(List<Field<?>> columns, List<MethodHandle> accessors) {

        static Mapping of(Table<?> table, Class<?> type) {
            List<Field<?>> columns = new ArrayList<>();
            List<MethodHandle> accessors = new ArrayList<>();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (RecordComponent component : type.getRecordComponents()) {
                Field<?> column = table.field(snakeCase(component.getName()));
                if (column == null) {
                    continue;
                }
                try {
                    accessors.add(lookup.unreflect(component.getAccessor()));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + component.getName(), e);
                }
                columns.add(column);
            }
            return new Mapping(List.copyOf(columns), List.copyOf(accessors));
        }

        private static String snakeCase(String name) {
            StringBuilder snake = new StringBuilder(name.length() + 4);
            for (char c : name.toCharArray()) {
                if (Character.isUpperCase(c)) {
                    snake.append('_').append(Character.toLowerCase(c));
                } else {
                    snake.append(c);
                }
            }
            return snake.toString();
        }
    }
}
