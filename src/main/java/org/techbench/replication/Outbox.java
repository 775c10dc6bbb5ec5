package org.techbench.replication;

import static org.techbench.schema.Tables.SYNC_OUTBOX;
import static org.techbench.schema.Tables.SYNC_REFUSED;
import static org.techbench.schema.Tables.SYNC_STALE_ROW;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.techbench.domain.sync.Mutation;
import org.techbench.domain.sync.MutationAnswer;
import org.techbench.domain.sync.RowChange;
import org.techbench.domain.sync.Stamp;
import org.techbench.schema.tables.records.SyncOutboxRecord;

/** The local edits waiting to go up, read as the hub's mutations and settled by its answers. */
public final class Outbox {

    private final ReplicaDatabase store;
    private final LocalMerges merges = new LocalMerges();

    Outbox(ReplicaDatabase store) {
        this.store = store;
    }

    /** How many entries sync may send now: those of a bulk write still under way (an import) wait until it ends. */
    public int pendingChanges() {
        DSLContext dsl = store.dsl();
        return dsl.fetchCount(SYNC_OUTBOX, sendable(dsl));
    }

    private static Condition sendable(DSLContext dsl) {
        return SYNC_OUTBOX.SEQ.lt(BulkWriteUndo.firstUnfinishedSeq(dsl));
    }

    public List<Mutation> pendingMutations(int maxChanges) {
        DSLContext dsl = store.dsl();
        Condition sendable = sendable(dsl);
        List<SyncOutboxRecord> entries = new ArrayList<>(dsl.selectFrom(SYNC_OUTBOX).where(sendable).orderBy(SYNC_OUTBOX.SEQ)
                .limit(maxChanges).fetch());
        if (entries.isEmpty()) {
            return List.of();
        }
        // The rest of the last mutation: its entries follow it with consecutive numbers. Read a page at
        // a time: the store reads a query's whole result, and reading every later entry for each page
        // of a push of an import's thousand mutations took minutes.
        UUID lastMutation = entries.getLast().getMutationId();
        boolean more = entries.size() == maxChanges;
        while (more) {
            List<SyncOutboxRecord> page = dsl.selectFrom(SYNC_OUTBOX).where(SYNC_OUTBOX.SEQ.gt(entries.getLast().getSeq()))
                    .and(sendable).orderBy(SYNC_OUTBOX.SEQ).limit(maxChanges).fetch();
            more = page.size() == maxChanges;
            for (SyncOutboxRecord entry : page) {
                if (!entry.getMutationId().equals(lastMutation)) {
                    more = false;
                    break;
                }
                entries.add(entry);
            }
        }
        Map<UUID, List<SyncOutboxRecord>> byMutation = new LinkedHashMap<>();
        OutboxValues.filledIn(dsl, entries)
                .forEach(entry -> byMutation.computeIfAbsent(entry.getMutationId(), id -> new ArrayList<>()).add(entry));
        List<Mutation> mutations = new ArrayList<>(byMutation.size());
        byMutation.forEach((id, rows) -> mutations.add(new Mutation(id, rows.getFirst().getSeq(), rows.getLast().getSeq(),
                rows.getFirst().getSchemaVersion(), rows.getFirst().getTechnicianId(),
                rows.stream().map(Outbox::changeOf).toList())));
        return mutations;
    }

    public void settle(List<Mutation> pushed, List<MutationAnswer> answers) {
        Map<UUID, Mutation> byId = new HashMap<>();
        pushed.forEach(mutation -> byId.put(mutation.mutationId(), mutation));
        Set<String> merged = new HashSet<>();
        answers.forEach(answer -> answer.merged().forEach(row -> merged.addAll(merges.tablesTouchedBy(row.table()))));
        store.receive(merged, 0, dsl -> {
            OffsetDateTime now = now();
            List<Mutation> answered = new ArrayList<>(answers.size());
            Map<RowRef, String> refusedCreations = new HashMap<>();
            for (MutationAnswer answer : answers) {
                Mutation mutation = byId.get(answer.mutationId());
                if (mutation == null) {
                    continue;
                }
                answered.add(mutation);
                if (!answer.accepted()) {
                    // A later edit of a row whose creation was refused fails for that same reason, not as an orphan.
                    String reason = mutation.changes().stream().map(c -> refusedCreations.get(new RowRef(c.table(), c.rowId())))
                            .filter(Objects::nonNull).findFirst()
                            .orElseGet(() -> Objects.requireNonNullElse(refusedCreationReason(dsl, mutation.changes()), answer.reason()));
                    refuse(dsl, mutation.mutationId(), mutation.firstSeq(), mutation.lastSeq(), reason, now);
                    noteCreations(mutation.changes(), reason, refusedCreations);
                }
                answer.lost().forEach(lost -> ConflictList.recordConflict(dsl, lost, now));
                if (!answer.merged().isEmpty()) {
                    dsl.connection(connection -> {
                        try (var statements = new PreparedStatements(connection, dsl, store.statements())) {
                            answer.merged().forEach(row -> merges.apply(statements, row, now));
                        }
                    });
                }
            }
            removeFromOutbox(dsl, answered);
            refuseWaitingEditsOf(dsl, refusedCreations, now);
            return null;
        });
    }

    /** The reason an earlier sync's refusal gave for creating one of these rows, or null. */
    private static String refusedCreationReason(DSLContext dsl, List<RowChange> changes) {
        Set<RowRef> rows = new HashSet<>();
        changes.forEach(change -> rows.add(new RowRef(change.table(), change.rowId())));
        for (var refused : dsl.selectFrom(SYNC_REFUSED).where(SYNC_REFUSED.ROW_ID.in(rows.stream().map(RowRef::id).toList()))
                .orderBy(SYNC_REFUSED.SEQ).fetch()) {
            if (rows.contains(new RowRef(refused.getTableName(), refused.getRowId()))
                    && "1".equals(ChangeJson.parse(refused.getChanges()).get(RowChange.CAUSAL_LENGTH))) {
                return refused.getReason();
            }
        }
        return null;
    }

    private static void noteCreations(List<RowChange> changes, String reason, Map<RowRef, String> refusedCreations) {
        changes.stream().filter(change -> "1".equals(change.fields().get(RowChange.CAUSAL_LENGTH)))
                .forEach(change -> refusedCreations.putIfAbsent(new RowRef(change.table(), change.rowId()), reason));
    }

    /**
     * The waiting transactions that edit a row whose creation the hub refused: the hub would refuse
     * each as an edit of a row it never had, so they are refused here with the first refusal's reason.
     */
    private void refuseWaitingEditsOf(DSLContext dsl, Map<RowRef, String> refusedCreations, OffsetDateTime now) {
        if (refusedCreations.isEmpty()) {
            return;
        }
        Map<UUID, List<SyncOutboxRecord>> waiting = new LinkedHashMap<>();
        dsl.selectFrom(SYNC_OUTBOX).orderBy(SYNC_OUTBOX.SEQ)
                .forEach(entry -> waiting.computeIfAbsent(entry.getMutationId(), id -> new ArrayList<>()).add(entry));
        waiting.forEach((mutationId, entries) -> {
            String reason = entries.stream().map(e -> refusedCreations.get(new RowRef(e.getTableName(), e.getRowId())))
                    .filter(Objects::nonNull).findFirst().orElse(null);
            if (reason != null) {
                List<RowChange> changes = OutboxValues.filledIn(dsl, entries).stream().map(Outbox::changeOf).toList();
                refuse(dsl, mutationId, entries.getFirst().getSeq(), entries.getLast().getSeq(), reason, now);
                noteCreations(changes, reason, refusedCreations);
                dsl.deleteFrom(SYNC_OUTBOX).where(SYNC_OUTBOX.MUTATION_ID.eq(mutationId)).execute();
            }
        });
    }

    /** Keeps a refused transaction's entries with the hub's reason and marks its rows to be fetched again. */
    private static void refuse(DSLContext dsl, UUID mutationId, long firstSeq, long lastSeq, String reason, OffsetDateTime now) {
        Condition itsEntries = SYNC_OUTBOX.SEQ.between(firstSeq, lastSeq).and(SYNC_OUTBOX.MUTATION_ID.eq(mutationId));
        for (SyncOutboxRecord entry : OutboxValues.filledIn(dsl, dsl.selectFrom(SYNC_OUTBOX).where(itsEntries).fetch())) {
            dsl.insertInto(SYNC_REFUSED)
                    .set(SYNC_REFUSED.SEQ, entry.getSeq())
                    .set(SYNC_REFUSED.MUTATION_ID, entry.getMutationId())
                    .set(SYNC_REFUSED.TABLE_NAME, entry.getTableName())
                    .set(SYNC_REFUSED.ROW_ID, entry.getRowId())
                    .set(SYNC_REFUSED.SITE_ID, entry.getSiteId())
                    .set(SYNC_REFUSED.HLC, entry.getHlc())
                    .set(SYNC_REFUSED.CHANGES, entry.getChanges())
                    .set(SYNC_REFUSED.REASON, shorten(reason))
                    .set(SYNC_REFUSED.REFUSED_AT, now)
                    .execute();
            dsl.insertInto(SYNC_STALE_ROW).set(SYNC_STALE_ROW.TABLE_NAME, entry.getTableName())
                    .set(SYNC_STALE_ROW.ROW_ID, entry.getRowId()).onConflictDoNothing().execute();
        }
    }

    /** Removes answered mutations' entries in one batch, by a statement rendered once: a push answers thousands. */
    private void removeFromOutbox(DSLContext dsl, List<Mutation> answered) {
        String sql = store.statements().sql(dsl, new RenderedStatements.Shape("settle", SYNC_OUTBOX, List.of()),
                () -> dsl.deleteFrom(SYNC_OUTBOX).where(SYNC_OUTBOX.SEQ.between(DSL.param("first", Long.class),
                        DSL.param("last", Long.class)).and(SYNC_OUTBOX.MUTATION_ID.eq(DSL.param("mutation", UUID.class)))));
        dsl.connection(connection -> {
            try (var delete = connection.prepareStatement(sql)) {
                for (Mutation mutation : answered) {
                    delete.setLong(1, mutation.firstSeq());
                    delete.setLong(2, mutation.lastSeq());
                    delete.setObject(3, mutation.mutationId());
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        });
    }

    /** Rows whose local edits the hub refused and that still wait for the hub's version. */
    public List<RowRef> staleRows() {
        return store.dsl().selectFrom(SYNC_STALE_ROW).fetch(r -> new RowRef(r.getTableName(), r.getRowId()));
    }

    private static RowChange changeOf(SyncOutboxRecord entry) {
        Map<String, String> fields = ChangeJson.parse(entry.getChanges());
        fields.remove("id");
        return new RowChange(entry.getTableName(), entry.getRowId(), entry.getSiteId(),
                new Stamp(entry.getHlc(), entry.getNodeId()), fields);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(store.wallClock()).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String shorten(String reason) {
        String text = reason == null ? "refused without a reason" : reason;
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
