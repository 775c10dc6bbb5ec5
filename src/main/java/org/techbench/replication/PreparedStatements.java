package org.techbench.replication;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The statements of a run of transactions on one connection, each prepared once and kept open
 * until the run ends: a hub applying a push's mutations, a laptop merging a pulled page. Preparing
 * is parsing in H2, which parses a locking select at every prepare and keeps only eight parsed
 * statements, fewer than a pushed mutation runs; re-preparing them was a seventh of a hub's push.
 */
public final class PreparedStatements implements AutoCloseable {

    private final Connection connection;
    private final DSLContext dsl;
    private final RenderedStatements texts;
    private final Map<String, PreparedStatement> open = new HashMap<>();

    /** Statements on {@code connection}; their text is rendered once per shape in {@code texts}. */
    public PreparedStatements(Connection connection, DSLContext database, RenderedStatements texts) {
        this.connection = connection;
        this.dsl = DSL.using(connection, database.dialect(), database.settings());
        this.texts = texts;
    }

    /** jOOQ on this run's connection, for its transactions and for the statements not worth keeping. */
    public DSLContext dsl() {
        return dsl;
    }

    /** The statement of this shape, rendered by {@code query} the first time any run needs it. */
    public PreparedStatement of(RenderedStatements.Shape shape, Supplier<Query> query) {
        return of(texts.sql(dsl, shape, query));
    }

    /** The statement with this text, prepared on first use. */
    public PreparedStatement of(String sql) {
        PreparedStatement statement = open.get(sql);
        if (statement == null) {
            try {
                statement = connection.prepareStatement(sql);
            } catch (SQLException e) {
                throw new DataAccessException("preparing " + sql, e);
            }
            open.put(sql, statement);
        }
        return statement;
    }

    /** Runs a statement once on {@code dsl}'s connection with these parameter values; H2 reads a null as SQL NULL. */
    public static void executeOnce(DSLContext dsl, String sql, Object... values) {
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                statement.executeUpdate();
            }
        });
    }

    /** Binds values in their columns' types to the parameters from the first on. */
    static void bind(PreparedStatement statement, List<Field<?>> fields, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 1, fields.get(i).getDataType().getSQLType());
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
    }

    @Override
    public void close() {
        for (PreparedStatement statement : open.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                // The connection goes back to its pool or on to the next run either way.
            }
        }
        open.clear();
    }
}
