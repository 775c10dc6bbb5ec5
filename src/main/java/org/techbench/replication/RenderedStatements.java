package org.techbench.replication;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;

/**
 * SQL text of the statements a one-row write runs (a local edit, a merged change), rendered once
 * per shape (statement kind, table and columns) in one database's dialect and reused. For a
 * one-row write, rendering with jOOQ costs more than running the statement, and change capture
 * runs three statements where a plain write runs one.
 */
public final class RenderedStatements {

    /**
     * What a statement's text depends on. Tables and fields are the generated schema's constants,
     * so they are compared by identity: jOOQ's own equality renders names, which cost a tenth of
     * a one-row write.
     */
    public record Shape(String kind, Table<?> table, List<Field<?>> fields) {

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Shape shape) || !kind.equals(shape.kind) || table != shape.table
                    || fields.size() != shape.fields.size()) {
                return false;
            }
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i) != shape.fields.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int hash = kind.hashCode() * 31 + System.identityHashCode(table);
            for (Field<?> field : fields) {
                hash = hash * 31 + System.identityHashCode(field);
            }
            return hash;
        }
    }

    private final Map<Shape, String> texts = new ConcurrentHashMap<>();

    public String sql(DSLContext dsl, Shape shape, Supplier<Query> query) {
        return texts.computeIfAbsent(shape, s -> dsl.render(query.get()));
    }
}
