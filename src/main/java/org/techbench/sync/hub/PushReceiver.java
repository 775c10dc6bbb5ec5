package org.techbench.sync.hub;

import static org.techbench.schema.Tables.HUB_MUTATION;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.techbench.domain.sync.LostField;
import org.techbench.domain.sync.MergedRow;
import org.techbench.domain.sync.Mutation;
import org.techbench.domain.sync.MutationAnswer.Status;
import org.techbench.domain.sync.MutationAnswer;
import org.techbench.replication.PreparedStatements;
import org.techbench.replication.RenderedStatements;
import org.techbench.sync.HubApi;
import org.techbench.sync.WireJson;

/**
 * Applies pushed mutations: each atomically, once, in its laptop's sequence, answered and recorded
 * so that a mutation sent again gets its first answer; the effect goes to the change log in one
 * serial order.
 */
final class PushReceiver {

    private final DSLContext dsl;
    private final Clock clock;
    private final ObjectMapper json = WireJson.mapper();
    private final PushStatements statements;
    private final PushValidation validation;
    private final HubMerges merges;
    private final RenderedStatements rendered = new RenderedStatements();

    PushReceiver(DSLContext dsl, Clock clock, PushStatements statements, PushValidation validation, HubMerges merges) {
        this.dsl = dsl;
        this.merges = merges;
        this.clock = clock;
        this.statements = statements;
        this.validation = validation;
    }

    /** Applies a push's mutations in order and answers each; a gap in sequence numbers stops the push. */
    HubApi.Pushed push(Caller caller, HubApi.Push push) {
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
                String problem = validation.problemWith(prepared, caller, mutation);
                if (problem != null) {
                    throw new RefusedMutation(problem);
                }
                return apply(prepared, caller, mutation);
            });
        } catch (RefusedMutation e) {
            refusal = e.getMessage();
        } catch (org.jooq.exception.DataAccessException e) {
            if (e.getCause() instanceof RefusedMutation refused) {
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
            return new MutationAnswer(mutation.mutationId(), status, first.getReason(), lostOf(first.getLost()),
                    mergedOf(first.getMerged()));
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
                answer.reason(), answer.lost().isEmpty() ? null : write(answer.lost()),
                answer.merged().isEmpty() ? null : write(answer.merged()), now());
    }

    private MutationAnswer apply(PreparedStatements prepared, Caller caller, Mutation mutation) {
        long position = statements.lockLogHead(prepared);
        AppliedMutation applied = new AppliedMutation(prepared, merges, caller, now());
        mutation.changes().forEach(applied::apply);
        if (!applied.effects().isEmpty()) {
            statements.log(prepared, position + 1, applied.effects());
        }
        return new MutationAnswer(mutation.mutationId(), Status.APPLIED, null, applied.lost(), applied.merged());
    }

    private String write(List<?> lost) {
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

    private List<MergedRow> mergedOf(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            return json.readValue(text, new TypeReference<List<MergedRow>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the hub's own record of merged rows is unreadable", e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
