package org.techbench.sync.hub;

import static org.techbench.schema.Tables.HUB_CHANGE;

import java.text.MessageFormat;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.sync.ChangeRules;
import org.techbench.domain.sync.RowChange;
import org.techbench.domain.sync.Stamp;
import org.techbench.i18n.Texts;
import org.techbench.replication.ChangeJson;
import org.techbench.store.RowWriter;

/**
 * The simulation's check that the hub refused exactly what its rules refuse: every refusal a laptop
 * holds is explained by the rule its reason names (a site outside the writer's scope, a fault status
 * the hub's status cannot move to), every write outside its writer's scope was refused, and every
 * fault status the hub accepted followed the life cycle from the status it held then. An edit of a
 * row whose creation was refused carries that refusal's reason.
 */
final class RefusalAudit {

    /** A laptop as the audit sees it: its stamp, the sites it may use (null: every site) and its refusals. */
    record Author(int number, String nodeId, Set<UUID> scope, List<RowWriter.Refusal> refusals) {
    }

    private final ResourceBundle english = ResourceBundle.getBundle("i18n.sync", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private final Map<String, FaultStatus> statusByWord = new HashMap<>();
    private final ChangeRules rules;
    int outOfScope;
    int byFaultRule;
    int followOn;

    RefusalAudit(ChangeRules rules) {
        this.rules = rules;
        Texts words = Texts.sync(Locale.ENGLISH);
        for (FaultStatus status : FaultStatus.values()) {
            statusByWord.put(words.get("faultStatus." + status.name()), status);
        }
    }

    /**
     * @param written every transaction any laptop committed, by mutation id
     * @param refused the mutations the hub refused
     */
    void check(List<Author> authors, Map<UUID, List<RowChange>> written, Set<UUID> refused, DSLContext hub) {
        for (Author author : authors) {
            Map<UUID, String> reasons = new LinkedHashMap<>();
            author.refusals().forEach(refusal -> reasons.putIfAbsent(refusal.mutationId(), refusal.reason()));
            // A later edit of a row whose creation was refused is refused for the same reason.
            Map<UUID, String> refusedCreations = new HashMap<>();
            reasons.forEach((mutation, reason) -> {
                List<RowChange> changes = written.get(mutation);
                if (changes == null) {
                    throw new AssertionError("laptop " + author.number() + " holds a refusal of a write nobody made: " + reason);
                }
                if (changes.stream().anyMatch(change -> reason.equals(refusedCreations.get(change.rowId())))) {
                    followOn++;
                } else {
                    explain(author, changes, reason, written, refused);
                }
                changes.stream().filter(change -> "1".equals(change.fields().get(RowChange.CAUSAL_LENGTH)))
                        .forEach(change -> refusedCreations.putIfAbsent(change.rowId(), reason));
            });
            if (author.scope() != null) {
                written.forEach((mutation, changes) -> {
                    boolean mine = changes.getFirst().stamp().node().equals(author.nodeId());
                    if (mine && changes.stream().anyMatch(change -> outside(author, change)) && !refused.contains(mutation)) {
                        throw new AssertionError("laptop " + author.number() + " wrote outside its sites and the hub took it: "
                                + changes);
                    }
                });
            }
        }
        acceptedFaultStatusesFollowTheLifeCycle(hub);
    }

    private void explain(Author author, List<RowChange> changes, String reason, Map<UUID, List<RowChange>> written,
                         Set<UUID> refused) {
        Object[] arguments = arguments("refused.siteNotAllowed", reason);
        if (arguments != null) {
            if (changes.stream().noneMatch(change -> outside(author, change))) {
                throw new AssertionError("laptop " + author.number() + " was refused a site it may use: " + reason + " for " + changes);
            }
            outOfScope++;
            return;
        }
        arguments = arguments("refused.faultStatusMovedOn", reason);
        if (arguments != null) {
            FaultStatus held = statusByWord.get((String) arguments[0]);
            FaultStatus wanted = statusByWord.get((String) arguments[1]);
            RowChange change = changes.stream()
                    .filter(c -> c.table().equals("fault") && wanted.name().equals(c.fields().get("status")))
                    .findFirst().orElseThrow(() -> new AssertionError("refusal names a status no change wrote: " + reason));
            boolean heldOnTheHub = written.entrySet().stream().filter(entry -> !refused.contains(entry.getKey()))
                    .flatMap(entry -> entry.getValue().stream())
                    .anyMatch(c -> c.rowId().equals(change.rowId()) && held.name().equals(c.fields().get("status")));
            if (held == wanted || held.canMoveTo(wanted) || !heldOnTheHub) {
                throw new AssertionError("laptop " + author.number() + " was refused a status the rule allows: " + reason);
            }
            byFaultRule++;
            return;
        }
        throw new AssertionError("laptop " + author.number() + " was refused for a reason no rule explains: " + reason);
    }

    private static boolean outside(Author author, RowChange change) {
        return author.scope() != null && change.siteId() != null && !author.scope().contains(change.siteId());
    }

    /** The reason's arguments if the English pattern of {@code key} words it exactly, else null. */
    private Object[] arguments(String key, String reason) {
        MessageFormat pattern = new MessageFormat(english.getString(key), Locale.ENGLISH);
        try {
            Object[] arguments = pattern.parse(reason);
            return pattern.format(arguments).equals(reason) ? arguments : null;
        } catch (ParseException e) {
            return null;
        }
    }

    /** Replays the hub's log: each fault status change it took was allowed from the status the hub held then. */
    private void acceptedFaultStatusesFollowTheLifeCycle(DSLContext hub) {
        Map<UUID, Stamp> stamps = new HashMap<>();
        Map<UUID, String> statuses = new HashMap<>();
        List<String> violations = new ArrayList<>();
        hub.selectFrom(HUB_CHANGE).where(HUB_CHANGE.TABLE_NAME.eq("fault")).orderBy(HUB_CHANGE.POS).forEach(row -> {
            Map<String, String> fields = ChangeJson.parse(row.getChanges());
            if (!fields.containsKey("status")) {
                return;
            }
            UUID id = row.getRowId();
            Map<String, String> stored = new HashMap<>();
            stored.put("status", statuses.get(id));
            if (rules.check("fault", stored, Map.of("status", fields.get("status"))).isPresent()) {
                violations.add(id + ": " + statuses.get(id) + " -> " + fields.get("status") + " at " + row.getPos());
            }
            Stamp stamp = new Stamp(row.getHlc(), row.getNodeId());
            if (stamps.get(id) == null || stamp.isAfter(stamps.get(id))) {
                stamps.put(id, stamp);
                statuses.put(id, Objects.requireNonNull(fields.get("status")));
            }
        });
        if (!violations.isEmpty()) {
            throw new AssertionError("the hub took fault statuses its rule refuses: " + violations);
        }
    }
}
