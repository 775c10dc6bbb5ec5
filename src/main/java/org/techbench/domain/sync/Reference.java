package org.techbench.domain.sync;

/**
 * A column of {@code table} that holds the id of a row of {@code target}: when two rows of the
 * target are merged, the column is pointed at the row that stays. {@code ownerColumn}, when set,
 * names the column that says which table a shared column points into (an attachment's owner).
 */
public record Reference(String table, String column, String target, String ownerColumn) {

    /** Every synced table's {@code site_id}, in the table definitions of the registry. */
    public static final String EVERY_TABLE = "*";

    public static Reference of(String table, String column, String target) {
        return new Reference(table, column, target, null);
    }
}
