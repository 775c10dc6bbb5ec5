package org.techbench.sync.hub;

import static org.techbench.store.schema.Tables.HUB_LOG_HEAD;
import static org.techbench.store.schema.Tables.HUB_MUTATION;
import static org.techbench.store.schema.Tables.HUB_NODE;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.techbench.store.SyncedTable;

/**
 * The statements every pushed mutation runs whatever it changes, rendered by jOOQ once in the
 * hub database's dialect (once per table where they name one) and run straight on the
 * transaction's connection: rendering them anew for each mutation was about a fifth of a hub's
 * work on a push.
 */
final class PushStatements {

    private final String lockNode;
    private final String recordAnswer;
    private final String advanceNode;
    private final String lockLogHead;
    private final String advanceLogHead;
    private final Map<String, String> storedSites = new ConcurrentHashMap<>();
    private final DSLContext dsl;

    PushStatements(DSLContext dsl) {
        this.dsl = dsl;
        lockNode = dsl.render(dsl.select(HUB_NODE.LAST_SEQ).from(HUB_NODE).where(HUB_NODE.NODE_ID.eq("")).forUpdate());
        recordAnswer = dsl.render(dsl.insertInto(HUB_MUTATION, HUB_MUTATION.NODE_ID, HUB_MUTATION.MUTATION_ID,
                        HUB_MUTATION.FIRST_SEQ, HUB_MUTATION.LAST_SEQ, HUB_MUTATION.STATUS, HUB_MUTATION.REASON, HUB_MUTATION.LOST)
                .values("", UUID.randomUUID(), 0L, 0L, "", "", ""));
        advanceNode = dsl.render(dsl.update(HUB_NODE).set(HUB_NODE.LAST_SEQ, 0L).set(HUB_NODE.LAST_SEEN_AT, OffsetDateTime.now())
                .where(HUB_NODE.NODE_ID.eq("")));
        lockLogHead = dsl.render(dsl.select(HUB_LOG_HEAD.POS).from(HUB_LOG_HEAD).where(HUB_LOG_HEAD.SINGLETON.eq(DSL.inline(1))).forUpdate());
        advanceLogHead = dsl.render(dsl.update(HUB_LOG_HEAD).set(HUB_LOG_HEAD.POS, 0L).where(HUB_LOG_HEAD.SINGLETON.eq(DSL.inline(1))));
    }

    /** The laptop's last sequence number, its row locked until the transaction ends; null for an unknown laptop. */
    Long lockNode(DSLContext tx, String nodeId) {
        return tx.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(lockNode)) {
                statement.setString(1, nodeId);
                try (ResultSet result = statement.executeQuery()) {
                    return result.next() ? result.getLong(1) : null;
                }
            }
        });
    }

    /** Keeps the answer to a mutation and moves the laptop's sequence number on to the mutation's last. */
    void record(DSLContext tx, String nodeId, UUID mutationId, long firstSeq, long lastSeq, String status, String reason,
                String lost, OffsetDateTime now) {
        tx.connection(connection -> {
            try (PreparedStatement answer = connection.prepareStatement(recordAnswer)) {
                answer.setString(1, nodeId);
                answer.setObject(2, mutationId);
                answer.setLong(3, firstSeq);
                answer.setLong(4, lastSeq);
                answer.setString(5, status);
                setText(answer, 6, reason);
                setText(answer, 7, lost);
                answer.executeUpdate();
            }
            try (PreparedStatement node = connection.prepareStatement(advanceNode)) {
                node.setLong(1, lastSeq);
                node.setObject(2, now);
                node.setString(3, nodeId);
                node.executeUpdate();
            }
        });
    }

    /** The change log's last position, locked until the transaction ends, so positions follow commit order. */
    long lockLogHead(DSLContext tx) {
        return tx.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(lockLogHead);
                 ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("the hub's change log has no head row");
                }
                return result.getLong(1);
            }
        });
    }

    void advanceLogHead(DSLContext tx, long position) {
        tx.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(advanceLogHead)) {
                statement.setLong(1, position);
                statement.executeUpdate();
            }
        });
    }

    /** The site a row of the table is kept under on the hub, or null when the hub has no such row. */
    UUID storedSite(DSLContext tx, SyncedTable synced, UUID rowId) {
        String sql = storedSites.computeIfAbsent(synced.name(), table -> dsl.render(
                dsl.select(synced.siteId()).from(synced.table()).where(synced.id().eq(UUID.randomUUID()))));
        return tx.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, rowId);
                try (ResultSet result = statement.executeQuery()) {
                    return result.next() ? result.getObject(1, UUID.class) : null;
                }
            }
        });
    }

    private static void setText(PreparedStatement statement, int parameter, String text) throws java.sql.SQLException {
        if (text == null) {
            statement.setNull(parameter, Types.VARCHAR);
        } else {
            statement.setString(parameter, text);
        }
    }
}
