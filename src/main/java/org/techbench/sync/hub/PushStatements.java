package org.techbench.sync.hub;

import static org.techbench.schema.Tables.HUB_CHANGE;
import static org.techbench.schema.Tables.HUB_LOG_HEAD;
import static org.techbench.schema.Tables.HUB_MUTATION;
import static org.techbench.schema.Tables.HUB_NODE;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.techbench.domain.sync.RowChange;
import org.techbench.replication.ChangeJson;
import org.techbench.replication.PreparedStatements;
import org.techbench.replication.SyncedTable;

/**
 * The statements every pushed mutation runs whatever it changes, rendered by jOOQ once in the
 * hub database's dialect (once per table where they name one) and run straight on the push's
 * connection: rendering them anew for each mutation was about a fifth of a hub's work on a push.
 */
final class PushStatements {

    private final String lockNode;
    private final String recordAnswer;
    private final String advanceNode;
    private final String lockLogHead;
    private final String advanceLogHead;
    private final String logChange;
    private final Map<String, String> storedSites = new ConcurrentHashMap<>();
    private final DSLContext dsl;

    PushStatements(DSLContext dsl) {
        this.dsl = dsl;
        lockNode = dsl.render(dsl.select(HUB_NODE.LAST_SEQ).from(HUB_NODE).where(HUB_NODE.NODE_ID.eq("")).forUpdate());
        recordAnswer = dsl.render(dsl.insertInto(HUB_MUTATION, HUB_MUTATION.NODE_ID, HUB_MUTATION.MUTATION_ID,
                        HUB_MUTATION.FIRST_SEQ, HUB_MUTATION.LAST_SEQ, HUB_MUTATION.STATUS, HUB_MUTATION.REASON, HUB_MUTATION.LOST,
                        HUB_MUTATION.MERGED)
                .values("", UUID.randomUUID(), 0L, 0L, "", "", "", ""));
        advanceNode = dsl.render(dsl.update(HUB_NODE).set(HUB_NODE.LAST_SEQ, 0L).set(HUB_NODE.LAST_SEEN_AT, OffsetDateTime.now())
                .where(HUB_NODE.NODE_ID.eq("")));
        lockLogHead = dsl.render(dsl.select(HUB_LOG_HEAD.POS).from(HUB_LOG_HEAD).where(HUB_LOG_HEAD.SINGLETON.eq(DSL.inline(1))).forUpdate());
        logChange = dsl.render(dsl.insertInto(HUB_CHANGE, HUB_CHANGE.POS, HUB_CHANGE.TABLE_NAME, HUB_CHANGE.ROW_ID,
                        HUB_CHANGE.SITE_ID, HUB_CHANGE.HLC, HUB_CHANGE.NODE_ID, HUB_CHANGE.CHANGES)
                .values(0L, "", UUID.randomUUID(), UUID.randomUUID(), 0L, "", ""));
        advanceLogHead = dsl.render(dsl.update(HUB_LOG_HEAD).set(HUB_LOG_HEAD.POS, 0L).where(HUB_LOG_HEAD.SINGLETON.eq(DSL.inline(1))));
    }

    /** The laptop's last sequence number, its row locked until the transaction ends; null for an unknown laptop. */
    Long lockNode(PreparedStatements statements, String nodeId) {
        return run("locking a laptop's row", () -> {
            PreparedStatement statement = statements.of(lockNode);
            statement.setString(1, nodeId);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getLong(1) : null;
            }
        });
    }

    /** Keeps the answer to a mutation and moves the laptop's sequence number on to the mutation's last. */
    void record(PreparedStatements statements, String nodeId, UUID mutationId, long firstSeq, long lastSeq, String status,
                String reason, String lost, String merged, OffsetDateTime now) {
        run("keeping a mutation's answer", () -> {
            PreparedStatement answer = statements.of(recordAnswer);
            answer.setString(1, nodeId);
            answer.setObject(2, mutationId);
            answer.setLong(3, firstSeq);
            answer.setLong(4, lastSeq);
            answer.setString(5, status);
            setText(answer, 6, reason);
            setText(answer, 7, lost);
            setText(answer, 8, merged);
            answer.executeUpdate();
            PreparedStatement node = statements.of(advanceNode);
            node.setLong(1, lastSeq);
            node.setObject(2, now);
            node.setString(3, nodeId);
            return node.executeUpdate();
        });
    }

    /** The change log's last position, locked until the transaction ends, so positions follow commit order. */
    long lockLogHead(PreparedStatements statements) {
        return run("locking the change log's head", () -> {
            try (ResultSet result = statements.of(lockLogHead).executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("the hub's change log has no head row");
                }
                return result.getLong(1);
            }
        });
    }

    /** Appends a mutation's effects to the change log from position {@code first} on, and moves its head past them. */
    void log(PreparedStatements statements, long first, List<RowChange> effects) {
        run("appending to the change log", () -> {
            PreparedStatement insert = statements.of(logChange);
            long position = first;
            for (RowChange effect : effects) {
                insert.setLong(1, position++);
                insert.setString(2, effect.table());
                insert.setObject(3, effect.rowId());
                if (effect.siteId() == null) {
                    insert.setNull(4, Types.OTHER);
                } else {
                    insert.setObject(4, effect.siteId());
                }
                insert.setLong(5, effect.stamp().hlc());
                insert.setString(6, effect.stamp().node());
                insert.setString(7, ChangeJson.ofFields(effect.fields()));
                insert.addBatch();
            }
            insert.executeBatch();
            PreparedStatement head = statements.of(advanceLogHead);
            head.setLong(1, position - 1);
            return head.executeUpdate();
        });
    }

    /** The site a row of the table is kept under on the hub, or null when the hub has no such row. */
    UUID storedSite(PreparedStatements statements, SyncedTable synced, UUID rowId) {
        String sql = storedSites.computeIfAbsent(synced.name(), table -> dsl.render(
                dsl.select(synced.siteId()).from(synced.table()).where(synced.id().eq(UUID.randomUUID()))));
        return run("reading a row's site", () -> {
            PreparedStatement statement = statements.of(sql);
            statement.setObject(1, rowId);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getObject(1, UUID.class) : null;
            }
        });
    }

    /** JDBC work whose failure is reported as jOOQ reports its own, so the push handles both alike. */
    private interface Work<T> {
        T run() throws SQLException;
    }

    private static <T> T run(String what, Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new DataAccessException(what + ": " + e.getMessage(), e);
        }
    }

    private static void setText(PreparedStatement statement, int parameter, String text) throws SQLException {
        if (text == null) {
            statement.setNull(parameter, Types.VARCHAR);
        } else {
            statement.setString(parameter, text);
        }
    }
}
