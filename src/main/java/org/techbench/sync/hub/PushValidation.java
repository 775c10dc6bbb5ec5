package org.techbench.sync.hub;

import static org.techbench.schema.Tables.SITE;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.techbench.domain.sync.ChangeRule;
import org.techbench.domain.sync.ChangeRules;
import org.techbench.domain.sync.HybridClock;
import org.techbench.domain.sync.Mutation;
import org.techbench.domain.sync.BaseStamps;
import org.techbench.domain.sync.RowChange;
import org.techbench.domain.sync.RuleViolation;
import org.techbench.i18n.Texts;
import org.techbench.replication.PreparedStatements;
import org.techbench.replication.SchemaVersion;
import org.techbench.replication.SyncValues;
import org.techbench.replication.SyncedTable;

/**
 * Whether the hub takes a pushed mutation: a schema it knows, the pusher's own clock and laptop,
 * fields the table has with readable values, sites within the pusher's scope, and every table's
 * rules from {@link ChangeRules}, the same the laptop's services keep.
 */
final class PushValidation {

    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private final Clock clock;
    private final PushStatements statements;
    private final ChangeRules rules;
    private final HubMerges merges;

    PushValidation(Clock clock, PushStatements statements, ChangeRules rules, HubMerges merges) {
        this.clock = clock;
        this.statements = statements;
        this.rules = rules;
        this.merges = merges;
    }

    /** Why the hub will not take this mutation, or null when it will. */
    String problemWith(PreparedStatements prepared, Caller caller, Mutation mutation) {
        DSLContext tx = prepared.dsl();
        Texts texts = caller.texts();
        if (mutation.schemaVersion() > SchemaVersion.CURRENT) {
            return texts.get("refused.newerSchema", Integer.toString(mutation.schemaVersion()),
                    Integer.toString(SchemaVersion.CURRENT));
        }
        long latestMillis = clock.millis() + CLOCK_TOLERANCE.toMillis();
        Set<UUID> sitesCreatedHere = new HashSet<>();
        Map<String, Map<String, String>> earlierInPush = new HashMap<>();
        for (RowChange pushed : mutation.changes()) {
            if (!SyncedTable.exists(pushed.table())) {
                return texts.get("hub.notSyncedTable", pushed.table());
            }
            String fieldProblem = fieldProblem(texts, SyncedTable.named(pushed.table()), pushed);
            if (fieldProblem != null) {
                return fieldProblem;
            }
            // Judged as it will be applied: a row merged on the hub is its survivor, in the survivor's site.
            RowChange change = merges.redirect(tx, pushed);
            if (!change.stamp().node().equals(caller.nodeId())) {
                return texts.get("refused.otherLaptop", change.stamp().node());
            }
            if (HybridClock.millis(change.stamp().hlc()) > latestMillis) {
                return texts.get("refused.clockAhead",
                        Duration.ofMillis(HybridClock.millis(change.stamp().hlc()) - clock.millis()).toMinutes());
            }
            SyncedTable synced = SyncedTable.named(change.table());
            if (change.table().equals("site") && change.fields().get("code") != null
                    && caller.mayUseSiteCode(change.fields().get("code"))) {
                sitesCreatedHere.add(change.rowId());
                sitesCreatedHere.add(pushed.rowId());
            }
            if (!sitesCreatedHere.contains(change.siteId()) && !caller.mayUse(change.siteId(), tx)) {
                return texts.get("refused.siteNotAllowed", caller.account().name(), siteName(tx, change));
            }
            UUID storedSite = statements.storedSite(prepared, synced, change.rowId());
            if (storedSite != null && !storedSite.equals(change.siteId())) {
                return texts.get("refused.siteMove", change.table());
            }
            String ruleProblem = ruleProblem(texts, tx, synced, change, earlierInPush);
            if (ruleProblem != null) {
                return ruleProblem;
            }
        }
        return null;
    }

    /**
     * What the table's rules say of the change, judged against the row the hub holds with the
     * earlier changes of the same push on top: a laptop that had not yet heard a fault was closed
     * cannot put it back to work, in one push or in two.
     */
    private String ruleProblem(Texts texts, DSLContext tx, SyncedTable synced, RowChange change,
                               Map<String, Map<String, String>> earlierInPush) {
        List<ChangeRule> tableRules = rules.of(change.table());
        if (tableRules.isEmpty()) {
            return null;
        }
        String row = change.table() + "/" + change.rowId();
        Map<String, String> stored = new HashMap<>();
        List<Field<?>> read = tableRules.stream().flatMap(rule -> rule.reads().stream()).distinct()
                .<Field<?>>map(column -> synced.table().field(column)).toList();
        Record current = tx.select(read).from(synced.table()).where(synced.id().eq(change.rowId())).fetchOne();
        if (current != null) {
            read.forEach(field -> stored.put(field.getName(), Objects.toString(current.get(field), null)));
        }
        stored.putAll(earlierInPush.getOrDefault(row, Map.of()));
        earlierInPush.computeIfAbsent(row, key -> new HashMap<>()).putAll(change.fields());
        return rules.check(change.table(), stored, change.fields()).map(violation -> texts.get(violation.key(),
                violation.arguments().stream().map(argument -> argument instanceof RuleViolation.Word word
                        ? texts.get(word.key()) : argument).toArray())).orElse(null);
    }

    /** A site as people know it: its code, from the change itself or from the hub's site table. */
    private static String siteName(DSLContext tx, RowChange change) {
        if (change.table().equals("site") && change.fields().get("code") != null) {
            return change.fields().get("code");
        }
        String code = tx.select(SITE.CODE).from(SITE).where(SITE.ID.eq(change.siteId())).fetchOne(SITE.CODE);
        return code != null ? code : String.valueOf(change.siteId());
    }

    private static String fieldProblem(Texts texts, SyncedTable synced, RowChange change) {
        if (change.fields().containsKey("site_id") && !Objects.equals(change.fields().get("site_id"),
                change.siteId() == null ? null : change.siteId().toString())) {
            return texts.get("refused.siteMismatch");
        }
        for (var field : change.fields().entrySet()) {
            String name = field.getKey();
            if (name.equals(RowChange.BASE)) {
                try {
                    BaseStamps.decode(field.getValue());
                } catch (RuntimeException e) {
                    return texts.get("refused.unreadableValue", change.table(), name, field.getValue());
                }
                continue;
            }
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
}
