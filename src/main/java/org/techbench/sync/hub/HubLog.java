package org.techbench.sync.hub;

import static org.techbench.store.schema.Tables.FAULT;
import static org.techbench.store.schema.Tables.HUB_CHANGE;
import static org.techbench.store.schema.Tables.HUB_LOG_HEAD;
import static org.techbench.store.schema.Tables.HUB_MUTATION;
import static org.techbench.store.schema.Tables.SITE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.sync.HybridClock;
import org.techbench.domain.sync.LoggedChange;
import org.techbench.domain.sync.LostField;
import org.techbench.domain.sync.Mutation;
import org.techbench.domain.sync.MutationAnswer;
import org.techbench.domain.sync.MutationAnswer.Status;
import org.techbench.domain.sync.PulledPage;
import org.techbench.domain.sync.RowChange;
import org.techbench.domain.sync.SnapshotPage;
import org.techbench.domain.sync.SnapshotPageCollector;
import org.techbench.domain.sync.SnapshotRowSink;
import org.techbench.domain.sync.Stamp;
import org.techbench.domain.sync.Versioned;
import org.techbench.store.ChangeJson;
import org.techbench.store.PreparedStatements;
import org.techbench.store.RenderedStatements;
import org.techbench.store.RowMerger;
import org.techbench.store.SchemaVersion;
import org.techbench.store.SnapshotRows;
import org.techbench.store.SyncValues;
import org.techbench.store.SyncedTable;
import org.techbench.sync.HubApi;
import org.techbench.sync.SyncTexts;
import org.techbench.sync.WireJson;

/**
 * The hub's side of sync: applies pushed mutations (each atomically, once, in sequence, within
 * the pusher's scope) and appends their effect to the change log in one serial order; serves the
 * log, snapshots and single rows to the sites each caller may see.
 */
public final class HubLog {

    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);
    private static final int LARGEST_PAGE = 5_000;

    private final DSLContext dsl;
    private final Clock clock;
    private final ObjectMapper json = WireJson.mapper();
    private final PushStatements statements;
    private final RenderedStatements rendered = new RenderedStatements();

    public HubLog(HubDatabase database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
        this.statements = new PushStatements(dsl);
    }

    /** Applies a push's mutations in order and answers each; a gap in sequence numbers stops the push. */
    public HubApi.Pushed push(Caller caller, HubApi.Push push) {
        if (!Objects.equals(push.node(), caller.nodeId())) {
            throw new HubRefusal(403, "hub.otherLaptop");
        }
        if (push.mutations() == null) {
            throw new HubRefusal(400, "hub.noMutations");
        }
        // One connection for the whole push, each mutation in a transaction of its own on it, so its
        // statements are prepared once a push rather than once a mutation.
        return dsl.connectionResult(connection -> {
            try (var prepared = new PreparedStatements(connection, dsl, rendered)) {
                List<MutationAnswer> answers = new ArrayList<>(push.mutations().size());
                for (Mutation mutation : push.mutations()) {
                    answers.add(pushOne(prepared, caller, mutation));
                }
                return new HubApi.Pushed(answers);
            }
        });
    }

    private MutationAnswer pushOne(PreparedStatements prepared, Caller caller, Mutation mutation) {
        String refusal;
        try {
            return inTurn(prepared, caller, mutation, () -> {
                String problem = problemWith(prepared, caller, mutation);
                if (problem != null) {
                    throw new Refused(problem);
                }
                return apply(prepared, caller.texts(), mutation);
            });
        } catch (Refused e) {
            refusal = e.getMessage();
        } catch (org.jooq.exception.DataAccessException e) {
            if (e.getCause() instanceof Refused refused) {
                refusal = refused.getMessage();
            } else if (e.getCause() instanceof HubRefusal hubRefusal) {
                throw hubRefusal;
            } else {
                throw e;
            }
        }
        // A refusal is an answer too: it is recorded, and the sequence moves on, so the laptop can
        // push what follows while the technician looks at what was refused.
        String reason = refusal;
        return inTurn(prepared, caller, mutation,
                () -> new MutationAnswer(mutation.mutationId(), Status.REFUSED, reason, List.of()));
    }

    /**
     * Answers a mutation in one transaction that holds its laptop's lock: the earlier answer when
     * it was seen before, else {@code answer}'s, which is recorded with the laptop's new sequence number.
     */
    private MutationAnswer inTurn(PreparedStatements prepared, Caller caller, Mutation mutation,
                                  Supplier<MutationAnswer> answer) {
        return prepared.dsl().transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            long lastSeq = lockNode(prepared, caller.nodeId());
            MutationAnswer earlier = earlierAnswer(tx, caller.nodeId(), mutation, lastSeq);
            if (earlier != null) {
                return earlier;
            }
            MutationAnswer given = answer.get();
            record(prepared, caller.nodeId(), mutation, given);
            return given;
        });
    }

    /** The answer already given when this mutation was applied before, or null when it is next in line. */
    private MutationAnswer earlierAnswer(DSLContext tx, String nodeId, Mutation mutation, long lastSeq) {
        if (mutation.lastSeq() <= lastSeq) {
            var first = tx.selectFrom(HUB_MUTATION).where(HUB_MUTATION.NODE_ID.eq(nodeId)
                    .and(HUB_MUTATION.MUTATION_ID.eq(mutation.mutationId()))).fetchOne();
            if (first == null || first.getFirstSeq() != mutation.firstSeq()) {
                throw new HubRefusal(409, "hub.numbersReused", Long.toString(mutation.firstSeq()),
                        Long.toString(mutation.lastSeq()));
            }
            // A refusal stays a refusal when asked again: the laptop may have lost the first answer.
            Status status = Status.valueOf(first.getStatus()) == Status.REFUSED ? Status.REFUSED : Status.DUPLICATE;
            return new MutationAnswer(mutation.mutationId(), status, first.getReason(), lostOf(first.getLost()));
        }
        if (mutation.firstSeq() != lastSeq + 1) {
            throw HubRefusal.gap(lastSeq + 1, mutation.firstSeq());
        }
        return null;
    }

    private long lockNode(PreparedStatements prepared, String nodeId) {
        Long lastSeq = statements.lockNode(prepared, nodeId);
        if (lastSeq == null) {
            throw new HubRefusal(403, "hub.notRegistered");
        }
        return lastSeq;
    }

    private void record(PreparedStatements prepared, String nodeId, Mutation mutation, MutationAnswer answer) {
        statements.record(prepared, nodeId, mutation.mutationId(), mutation.firstSeq(), mutation.lastSeq(), answer.status().name(),
                answer.reason(), answer.lost().isEmpty() ? null : write(answer.lost()), now());
    }

    /** Why the hub will not take this mutation, or null when it will. */
    private String problemWith(PreparedStatements prepared, Caller caller, Mutation mutation) {
        DSLContext tx = prepared.dsl();
        SyncTexts texts = caller.texts();
        if (mutation.schemaVersion() > SchemaVersion.CURRENT) {
            return texts.get("refused.newerSchema", Integer.toString(mutation.schemaVersion()),
                    Integer.toString(SchemaVersion.CURRENT));
        }
        long latestMillis = clock.millis() + CLOCK_TOLERANCE.toMillis();
        Set<UUID> sitesCreatedHere = new HashSet<>();
        Map<UUID, String> faultStatuses = new HashMap<>();
        for (RowChange change : mutation.changes()) {
            if (!SyncedTable.exists(change.table())) {
                return texts.get("hub.notSyncedTable", change.table());
            }
            if (!change.stamp().node().equals(caller.nodeId())) {
                return texts.get("refused.otherLaptop", change.stamp().node());
            }
            if (HybridClock.millis(change.stamp().hlc()) > latestMillis) {
                return texts.get("refused.clockAhead",
                        Duration.ofMillis(HybridClock.millis(change.stamp().hlc()) - clock.millis()).toMinutes());
            }
            SyncedTable synced = SyncedTable.named(change.table());
            String fieldProblem = fieldProblem(texts, synced, change);
            if (fieldProblem != null) {
                return fieldProblem;
            }
            if (change.table().equals("site") && change.fields().get("code") != null
                    && caller.mayUseSiteCode(change.fields().get("code"))) {
                sitesCreatedHere.add(change.rowId());
            }
            if (!caller.mayUse(change.siteId()) && !sitesCreatedHere.contains(change.siteId())) {
                return texts.get("refused.siteNotAllowed", caller.account().name(), siteName(tx, change));
            }
            UUID storedSite = statements.storedSite(prepared, synced, change.rowId());
            if (storedSite != null && !storedSite.equals(change.siteId())) {
                return texts.get("refused.siteMove", change.table());
            }
            if (change.table().equals("fault") && change.fields().containsKey("status")) {
                String problem = faultStatusProblem(texts, tx, change, faultStatuses);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    /**
     * A fault's status may only follow its life cycle, judged against the status the hub holds
     * (or an earlier change of the same push): a laptop that had not yet heard a fault was closed
     * cannot put it back to work.
     */
    private static String faultStatusProblem(SyncTexts texts, DSLContext tx, RowChange change,
                                             Map<UUID, String> statuses) {
        String target = change.fields().get("status");
        FaultStatus next;
        try {
            next = FaultStatus.valueOf(target);
        } catch (IllegalArgumentException | NullPointerException e) {
            return texts.get("refused.faultStatusUnknown", target);
        }
        String current = statuses.containsKey(change.rowId()) ? statuses.get(change.rowId())
                : tx.select(FAULT.STATUS).from(FAULT).where(FAULT.ID.eq(change.rowId())).fetchOne(FAULT.STATUS);
        statuses.put(change.rowId(), target);
        if (current == null || current.equals(target) || FaultStatus.valueOf(current).canMoveTo(next)) {
            return null;
        }
        return texts.get("refused.faultStatusMovedOn", texts.get("faultStatus." + current),
                texts.get("faultStatus." + target));
    }

    /** A site as people know it: its code, from the change itself or from the hub's site table. */
    private static String siteName(DSLContext tx, RowChange change) {
        if (change.table().equals("site") && change.fields().get("code") != null) {
            return change.fields().get("code");
        }
        String code = tx.select(SITE.CODE).from(SITE).where(SITE.ID.eq(change.siteId())).fetchOne(SITE.CODE);
        return code != null ? code : String.valueOf(change.siteId());
    }

    private static String fieldProblem(SyncTexts texts, SyncedTable synced, RowChange change) {
        if (change.fields().containsKey("site_id") && !Objects.equals(change.fields().get("site_id"),
                change.siteId() == null ? null : change.siteId().toString())) {
            return texts.get("refused.siteMismatch");
        }
        for (var field : change.fields().entrySet()) {
            String name = field.getKey();
            if (name.equals(RowChange.CAUSAL_LENGTH)) {
                if (!synced.mutable() || !field.getValue().matches("[1-9][0-9]{0,8}")) {
                    return texts.get("refused.badCausalLength", field.getValue());
                }
                continue;
            }
            Field<?> column = synced.table().field(name);
            if (column == null || name.equals("id") || name.equals("hlc") || name.equals("field_clocks")) {
                return texts.get("refused.noSuchField", change.table(), name);
            }
            try {
                SyncValues.parse(column, field.getValue());
            } catch (RuntimeException e) {
                return texts.get("refused.unreadableValue", change.table(), name, field.getValue());
            }
        }
        return null;
    }

    private MutationAnswer apply(PreparedStatements prepared, SyncTexts texts, Mutation mutation) {
        long position = statements.lockLogHead(prepared);
        List<LostField> lost = new ArrayList<>();
        List<RowChange> effects = new ArrayList<>();
        for (RowChange change : mutation.changes()) {
            RowMerger.Outcome outcome;
            try {
                outcome = RowMerger.apply(prepared, change, Set.of());
            } catch (IllegalArgumentException e) {
                throw new Refused(texts.get("refused.cannotApply", e.getMessage()));
            }
            if (outcome.changedAnything()) {
                effects.add(outcome.effect());
            }
            lost.addAll(lostFields(change, outcome));
        }
        if (!effects.isEmpty()) {
            statements.log(prepared, position + 1, effects);
        }
        return new MutationAnswer(mutation.mutationId(), Status.APPLIED, null, lost);
    }

    /** The pushed values that arrived after a later write of the same field with another value. */
    private static List<LostField> lostFields(RowChange change, RowMerger.Outcome outcome) {
        if (outcome.merge().state() == null) {
            return List.of();
        }
        List<LostField> lost = new ArrayList<>();
        change.fields().forEach((name, value) -> {
            Versioned kept = outcome.merge().state().fields().get(name);
            if (kept != null && !kept.stamp().equals(change.stamp()) && !Objects.equals(kept.value(), value)) {
                lost.add(new LostField(change.table(), change.rowId(), change.siteId(), name, value, change.stamp(),
                        (String) kept.value(), kept.stamp()));
            }
        });
        return lost;
    }

    /** The log after {@code cursor}, only the sites the caller may see. */
    public PulledPage pull(Caller caller, long cursor, int limit) {
        int size = Math.clamp(limit, 1, LARGEST_PAGE);
        long head = head();
        Condition inScope = caller.account().everySite() ? DSL.trueCondition()
                : HUB_CHANGE.SITE_ID.isNull().or(HUB_CHANGE.SITE_ID.in(caller.siteIds()));
        var rows = dsl.selectFrom(HUB_CHANGE)
                .where(HUB_CHANGE.POS.gt(cursor).and(HUB_CHANGE.POS.le(head)).and(inScope))
                .orderBy(HUB_CHANGE.POS).limit(size).fetch();
        List<LoggedChange> changes = new ArrayList<>(rows.size());
        for (var row : rows) {
            changes.add(new LoggedChange(row.getPos(), new RowChange(row.getTableName(), row.getRowId(), row.getSiteId(),
                    new Stamp(row.getHlc(), row.getNodeId()), ChangeJson.parse(row.getChanges()))));
        }
        boolean more = changes.size() == size;
        long next = more ? changes.getLast().position() : Math.max(cursor, head);
        return new PulledPage(changes, next, more);
    }

    /** The log position a snapshot taken now starts at, the tables it copies, and how many rows the caller will get. */
    public HubApi.SnapshotStart snapshotStart(Caller caller) {
        long cursor = head();
        long rows = 0;
        for (SyncedTable synced : SyncedTable.all()) {
            rows += dsl.fetchCount(synced.table(), scope(caller, synced));
        }
        return new HubApi.SnapshotStart(cursor, SyncedTable.all().stream().map(SyncedTable::name).toList(), rows);
    }

    /** One page of a table's rows after {@code after}, in id order, only the sites the caller may see. */
    public SnapshotPage snapshot(Caller caller, String table, UUID after, int limit) {
        var page = new SnapshotPageCollector();
        snapshot(caller, table, after, limit, page);
        return page.page();
    }

    /** {@link #snapshot(Caller, String, UUID, int)}, each row handed to {@code sink} as it is read. */
    public void snapshot(Caller caller, String table, UUID after, int limit, SnapshotRowSink sink) {
        if (!SyncedTable.exists(table)) {
            throw new HubRefusal(400, "hub.notSyncedTable", table);
        }
        SyncedTable synced = SyncedTable.named(table);
        int size = Math.clamp(limit, 1, LARGEST_PAGE);
        Condition condition = scope(caller, synced);
        if (after != null) {
            condition = condition.and(synced.id().gt(after));
        }
        SnapshotRows.Streamed streamed = SnapshotRows.stream(dsl, table,
                dsl.selectFrom(synced.table()).where(condition).orderBy(synced.id()).limit(size), sink);
        sink.end(streamed.rows() == 0 ? after : streamed.lastId(), streamed.rows() < size, head());
    }

    /** The hub's current version of some rows the caller may see. */
    public HubApi.Rows rows(Caller caller, HubApi.RowsWanted wanted) {
        if (!SyncedTable.exists(wanted.table()) || wanted.ids() == null || wanted.ids().size() > LARGEST_PAGE) {
            throw new HubRefusal(400, "hub.pageTooLarge", LARGEST_PAGE);
        }
        SyncedTable synced = SyncedTable.named(wanted.table());
        var rows = dsl.selectFrom(synced.table()).where(scope(caller, synced).and(synced.id().in(wanted.ids()))).fetch();
        return new HubApi.Rows(SnapshotRows.of(rows));
    }

    public long head() {
        return dsl.select(HUB_LOG_HEAD.POS).from(HUB_LOG_HEAD).where(HUB_LOG_HEAD.SINGLETON.eq(1)).fetchSingle(HUB_LOG_HEAD.POS);
    }

    private static Condition scope(Caller caller, SyncedTable synced) {
        return caller.account().everySite() ? DSL.trueCondition()
                : synced.siteId().isNull().or(synced.siteId().in(caller.siteIds()));
    }


    private String write(List<LostField> lost) {
        try {
            return json.writeValueAsString(lost);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<LostField> lostOf(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            return json.readValue(text, new TypeReference<List<LostField>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the hub's own record of lost fields is unreadable", e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** A mutation the hub will not apply, with the reason the laptop shows. */
    private static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason);
        }
    }
}
