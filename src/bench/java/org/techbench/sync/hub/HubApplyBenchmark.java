package org.techbench.sync.hub;

import static org.techbench.schema.Tables.HUB_NODE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.techbench.domain.people.HubAccount;
import org.techbench.domain.people.Role;
import org.techbench.domain.sync.HybridClock;
import org.techbench.domain.sync.Mutation;
import org.techbench.domain.sync.MutationAnswer;
import org.techbench.domain.sync.RowChange;
import org.techbench.domain.sync.Stamp;
import org.techbench.i18n.Texts;
import org.techbench.replication.SchemaVersion;
import org.techbench.sync.HubApi;

/**
 * The hub's apply rate: pushes of field edits to existing asset rows, as laptops send them (one
 * hub transaction per mutation, 100 mutations a request), on H2 or on the PostgreSQL URL given.
 */
public final class HubApplyBenchmark {

    private static final int ROWS = 10_000;
    private static final int MUTATIONS = 4_000;
    private static final int CHANGES_PER_MUTATION = 5;
    private static final int FIELDS_PER_CHANGE = 3;

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 && !args[0].isEmpty() ? args[0] : null;
        Path folder = Files.createTempDirectory("hub-apply-");
        try (HubDatabase database = HubDatabase.open(url, folder)) {
            String node = "%016x".formatted(new Random().nextLong());
            database.dsl().insertInto(HUB_NODE).set(HUB_NODE.NODE_ID, node).set(HUB_NODE.USER_NAME, "bench")
                    .set(HUB_NODE.LAST_SEQ, 0L).set(HUB_NODE.REGISTERED_AT, OffsetDateTime.now())
                    .set(HUB_NODE.LAST_SEEN_AT, OffsetDateTime.now()).execute();
            HubLog log = new HubLog(database, Clock.systemUTC());
            Caller caller = new Caller(new HubAccount("bench", Role.SUPPORT_MANAGER, List.of(), false), node, Set.of(),
                    Texts.sync(Locale.ENGLISH));
            UUID site = UUID.randomUUID();
            List<UUID> assets = new ArrayList<>();
            long[] seq = {0};
            List<Mutation> inserts = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                UUID id = UUID.randomUUID();
                assets.add(id);
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("site_id", site.toString());
                fields.put("tag", "B-%06d".formatted(i));
                fields.put("name", "Bench asset " + i);
                fields.put("kind", "SERVER");
                fields.put("status", "IN_SERVICE");
                fields.put("archived", "false");
                fields.put("cl", "1");
                inserts.add(mutation(++seq[0], List.of(change(id, site, node, fields))));
            }
            long insertStart = System.nanoTime();
            push(log, caller, inserts);
            double insertSeconds = (System.nanoTime() - insertStart) / 1e9;
            // Every new asset's (site, tag) is looked up before it is stored: the natural-key check.
            System.out.printf("| hub insert rate on %s, natural keys checked | %,d new assets in %.2f s | %,.0f rows/s |%n",
                    url == null ? "H2" : "PostgreSQL", ROWS, insertSeconds, ROWS / insertSeconds);
            Random random = new Random(3);
            List<Mutation> edits = new ArrayList<>();
            for (int m = 0; m < MUTATIONS; m++) {
                List<RowChange> changes = new ArrayList<>();
                long first = seq[0] + 1;
                for (int c = 0; c < CHANGES_PER_MUTATION; c++) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    fields.put("location", "Room " + random.nextInt(1000));
                    fields.put("notes", "Checked " + m);
                    fields.put("hostname", "h" + random.nextInt(100000) + ".corp.local");
                    changes.add(change(assets.get(random.nextInt(ROWS)), site, node, fields));
                    seq[0]++;
                }
                edits.add(new Mutation(UUID.randomUUID(), first, seq[0], SchemaVersion.CURRENT, UUID.randomUUID(), changes));
            }
            long start = System.nanoTime();
            push(log, caller, edits);
            double seconds = (System.nanoTime() - start) / 1e9;
            int fields = MUTATIONS * CHANGES_PER_MUTATION * FIELDS_PER_CHANGE;
            System.out.printf("| hub apply rate on %s | %,d field changes in %,d mutations in %.2f s | %,.0f field changes/s "
                    + "(target 2,000) |%n", url == null ? "H2" : "PostgreSQL", fields, MUTATIONS, seconds, fields / seconds);
        }
    }

    private static void push(HubLog log, Caller caller, List<Mutation> mutations) {
        for (int i = 0; i < mutations.size(); i += 100) {
            var page = mutations.subList(i, Math.min(mutations.size(), i + 100));
            for (MutationAnswer answer : log.push(caller, new HubApi.Push(caller.nodeId(), page)).answers()) {
                if (answer.status() != MutationAnswer.Status.APPLIED) {
                    throw new IllegalStateException("not applied: " + answer);
                }
            }
        }
    }

    private static Mutation mutation(long seq, List<RowChange> changes) {
        return new Mutation(UUID.randomUUID(), seq, seq + changes.size() - 1, SchemaVersion.CURRENT, UUID.randomUUID(), changes);
    }

    private static RowChange change(UUID id, UUID site, String node, Map<String, String> fields) {
        return new RowChange("asset", id, site, new Stamp(HybridClock.of(System.currentTimeMillis(), 0), node), fields);
    }
}
