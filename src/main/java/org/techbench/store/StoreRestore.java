package org.techbench.store;

import static org.techbench.schema.Tables.SYNC_OUTBOX;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.techbench.replication.OutboxValues;
import org.techbench.schema.tables.records.SyncOutboxRecord;

/**
 * Puts a backed-up store file in place of the laptop's and carries its sync over: the changes the
 * replaced store still had waiting are added to the restored one's, and numbering goes on after the
 * replaced store's, so nothing waiting is lost and no number the hub has seen is used again. When
 * the replaced store cannot be read, the restored store syncs as a new node instead.
 */
public final class StoreRestore {

    /** How the restore carried sync over. */
    public record Carried(boolean replacedReadable, int waitingCarried, boolean newNode, Path keptAs) {
    }

    private StoreRestore() {
    }

    /** Replaces the folder's store with {@code restored} (a store file); the folder's lock must be held. */
    public static Carried replace(DataFolder folder, InputStream restored, Path keptAs) throws IOException, SQLException {
        Path current = folder.database();
        Path partial = folder.root().resolve("techbench-restored.mv.db");
        Files.copy(restored, partial, StandardCopyOption.REPLACE_EXISTING);
        if (folder.key() != null && !StoreEncryption.isEncrypted(partial)) {
            // A backup from before the store was encrypted: it goes back in encrypted, like the store it replaces.
            StoreEncryption.encryptFile(partial, folder.key());
        }
        boolean readable = Files.exists(current) && readable(current, folder.key());
        if (Files.exists(current)) {
            Files.createDirectories(keptAs.getParent());
            Files.move(current, keptAs, StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            return carryOver(folder, partial, readable, keptAs);
        } catch (IOException | SQLException | RuntimeException e) {
            // Nothing half-done stays: the replaced store goes back where it was.
            Files.deleteIfExists(partial);
            if (!Files.exists(current) && Files.exists(keptAs)) {
                Files.move(keptAs, current);
            }
            throw e;
        }
    }

    private static Carried carryOver(DataFolder folder, Path partial, boolean readable, Path keptAs)
            throws IOException, SQLException {
        Path current = folder.database();
        int carried = 0;
        boolean newNode = !readable;
        try (Connection into = open(partial, folder.key())) {
            into.setAutoCommit(false);
            if (readable) {
                try (Connection from = openReadOnly(keptAs, folder.key())) {
                    if (sameNode(from, into)) {
                        carried = carryWaiting(from, into);
                    } else {
                        newNode = true;
                    }
                }
            }
            if (newNode) {
                becomeNewNode(into);
            }
            into.commit();
        }
        Files.move(partial, current, StandardCopyOption.ATOMIC_MOVE);
        return new Carried(readable, carried, newNode, keptAs);
    }

    private static boolean readable(Path file, StoreKey key) {
        try (Connection connection = openReadOnly(file, key); Statement statement = connection.createStatement();
             ResultSet node = statement.executeQuery("select next_seq from sync_node")) {
            return node.next();
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean sameNode(Connection from, Connection into) throws SQLException {
        return nodeId(from).equals(nodeId(into));
    }

    private static String nodeId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet node = statement.executeQuery("select node_id from sync_node")) {
            node.next();
            return node.getString(1);
        }
    }

    /** Adds the replaced store's waiting changes the restored one lacks, and numbers on after the replaced store's. */
    private static int carryWaiting(Connection from, Connection into) throws SQLException {
        int carried = 0;
        String columns = "seq, mutation_id, table_name, row_id, site_id, hlc, node_id, changes, schema_version, technician_id, created_at";
        // Entries an import left without values take them from the replaced store's rows: the restored one may lack them.
        DSLContext source = DSL.using(from, SQLDialect.H2, new Settings().withRenderSchema(false));
        try (PreparedStatement insert = into.prepareStatement("merge into sync_outbox (" + columns + ") key (seq) values "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            long after = Long.MIN_VALUE;
            while (true) {
                var page = source.selectFrom(SYNC_OUTBOX).where(SYNC_OUTBOX.SEQ.gt(after)).orderBy(SYNC_OUTBOX.SEQ)
                        .limit(10_000).fetch();
                if (page.isEmpty()) {
                    break;
                }
                after = page.getLast().getSeq();
                for (SyncOutboxRecord entry : OutboxValues.filledIn(source, page)) {
                    Object[] values = {entry.getSeq(), entry.getMutationId(), entry.getTableName(), entry.getRowId(),
                        entry.getSiteId(), entry.getHlc(), entry.getNodeId(), entry.getChanges(), entry.getSchemaVersion(),
                        entry.getTechnicianId(), entry.getCreatedAt()};
                    for (int c = 0; c < values.length; c++) {
                        insert.setObject(c + 1, values[c]);
                    }
                    insert.addBatch();
                    carried++;
                }
                insert.executeBatch();
            }
        }
        try (Statement read = from.createStatement();
             ResultSet node = read.executeQuery("select next_seq, high_water from sync_node");
             PreparedStatement update = into.prepareStatement(
                     "update sync_node set next_seq = greatest(next_seq, ?), high_water = greatest(high_water, ?)")) {
            node.next();
            update.setLong(1, node.getLong(1));
            update.setLong(2, node.getLong(2));
            update.executeUpdate();
        }
        // The session goes on too: the backup's refresh token may have been used up since it was made.
        try (Statement read = from.createStatement();
             ResultSet session = read.executeQuery("select hub_url, user_name, refresh_token from sync_state");
             PreparedStatement update = into.prepareStatement(
                     "update sync_state set hub_url = ?, user_name = ?, refresh_token = ?")) {
            if (session.next()) {
                update.setString(1, session.getString(1));
                update.setString(2, session.getString(2));
                update.setString(3, session.getString(3));
                update.executeUpdate();
            }
        }
        return carried;
    }

    /**
     * With the replaced store unreadable, the numbers it used are unknown: the restored store takes
     * a new node name, its waiting changes numbered from one, and signs in again.
     */
    private static void becomeNewNode(Connection into) throws SQLException {
        String node = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        java.util.List<Long> seqs = new java.util.ArrayList<>();
        try (Statement statement = into.createStatement();
             ResultSet waiting = statement.executeQuery("select seq from sync_outbox order by seq")) {
            while (waiting.next()) {
                seqs.add(waiting.getLong(1));
            }
        }
        try (Statement statement = into.createStatement();
             PreparedStatement renumber = into.prepareStatement("update sync_outbox set seq = ?, node_id = ? where seq = ?")) {
            statement.executeUpdate("update sync_outbox set seq = -seq"); // out of the way of the new numbers
            for (int n = 0; n < seqs.size(); n++) {
                renumber.setLong(1, n + 1L);
                renumber.setString(2, node);
                renumber.setLong(3, -seqs.get(n));
                renumber.executeUpdate();
            }
            statement.executeUpdate("update sync_node set node_id = '" + node + "', next_seq = " + (seqs.size() + 1));
            statement.executeUpdate("update sync_state set refresh_token = null");
        }
    }

    private static Connection open(Path file, StoreKey key) throws SQLException {
        return DriverManager.getConnection(Store.location(base(file), key) + ";DATABASE_TO_LOWER=TRUE;IFEXISTS=TRUE",
                "techbench", "");
    }

    private static Connection openReadOnly(Path file, StoreKey key) throws SQLException {
        return DriverManager.getConnection(Store.location(base(file), key)
                + ";DATABASE_TO_LOWER=TRUE;IFEXISTS=TRUE;ACCESS_MODE_DATA=r", "techbench", "");
    }

    private static Path base(Path file) {
        return file.resolveSibling(file.getFileName().toString().replaceFirst("\\.mv\\.db$", ""));
    }
}
