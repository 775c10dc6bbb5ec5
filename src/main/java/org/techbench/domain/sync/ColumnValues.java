package org.techbench.domain.sync;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A row's values in text form, by column, in a layout that every row of a page shares: a read-only
 * map without a hash table of its own, since a first sync carries over a million of them.
 */
public final class ColumnValues extends AbstractMap<String, String> {

    private final Columns columns;
    private final String[] values;

    public ColumnValues(Columns columns, String[] values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        this.columns = columns;
        this.values = values.clone();
    }

    public Columns columns() {
        return columns;
    }

    public String valueAt(int column) {
        return values[column];
    }

    @Override
    public String get(Object name) {
        int column = columns.indexOf(name);
        return column < 0 ? null : values[column];
    }

    @Override
    public boolean containsKey(Object name) {
        return columns.indexOf(name) >= 0;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int column = next++;
                        return new SimpleImmutableEntry<>(columns.name(column), values[column]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    /** The column names of a layout, in order, with each name's position. */
    public static final class Columns {

        private final List<String> names;
        private final Map<String, Integer> positions;

        public Columns(List<String> names) {
            this.names = List.copyOf(names);
            Map<String, Integer> byName = new HashMap<>();
            for (int i = 0; i < this.names.size(); i++) {
                if (byName.put(this.names.get(i), i) != null) {
                    throw new IllegalArgumentException("column " + this.names.get(i) + " is named twice");
                }
            }
            this.positions = Map.copyOf(byName);
        }

        public List<String> names() {
            return names;
        }

        public int size() {
            return names.size();
        }

        public String name(int column) {
            return names.get(column);
        }

        /** The column's position, or -1 when the layout has no such column. */
        public int indexOf(Object name) {
            Integer position = name == null ? null : positions.get(name);
            return position == null ? -1 : position;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Columns columns && columns.names.equals(names);
        }

        @Override
        public int hashCode() {
            return names.hashCode();
        }
    }
}
