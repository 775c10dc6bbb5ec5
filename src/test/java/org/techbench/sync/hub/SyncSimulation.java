package org.techbench.sync.hub;

import org.techbench.domain.people.PasswordHasher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.Record;
import org.techbench.domain.people.HubAccount;
import org.techbench.domain.people.Role;
import org.techbench.domain.sync.ChangeRules;
import org.techbench.domain.sync.NaturalKey;
import org.techbench.domain.sync.RowChange;
import org.techbench.domain.sync.Stamp;
import org.techbench.i18n.Texts;
import org.techbench.replication.DuplicateRows;
import org.techbench.replication.MergedIds;
import org.techbench.replication.Replica;
import org.techbench.replication.SnapshotRows;
import org.techbench.replication.SyncedTable;
import org.techbench.schema.Tables;
import org.techbench.service.Progress;
import org.techbench.service.sync.SyncFailure;
import org.techbench.service.sync.SyncService;
import org.techbench.store.AttachmentRepository;
import org.techbench.store.DataFolder;
import org.techbench.store.RowWriter;
import org.techbench.store.Store;
import org.techbench.store.TestStores;
import org.techbench.sync.HubClient;
import org.techbench.sync.HubConnection;

/**
 * One run of the sync simulation: a hub and 3–6 laptops with their own H2 stores make random
 * edits of every synced table (inserts, field edits, removals, re-creations) under skewed clocks,
 * while the network loses, repeats and reorders messages, partitions come and go, and laptops and
 * hub restart. Then the network heals, everyone syncs, and every replica is compared with the hub
 * and with a reference model of per-field last-writer-wins.
 */
final class SyncSimulation {

    private static final Instant START = Instant.parse("2026-11-28T08:00:00Z");
    private static final HubAccount MANAGER = new HubAccount("sim", Role.SUPPORT_MANAGER, List.of(), false);
    private static final List<String> TABLES = SyncedTable.all().stream().map(SyncedTable::name).toList();
    private static final ChangeRules RULES = ChangeRules.standard();
    private static final String PASSWORD = "a simulated manager's password";

    private final Random random;
    private final Path folder;
    private final String hubUrl;
    private final boolean overHttp;
    private HubServer server;
    private int port;
    private final MovableClock clock = new MovableClock(START);
    private Clock hubClock = clock;
    private final List<Laptop> laptops = new ArrayList<>();
    private final List<UUID> sites = new ArrayList<>();
    private final Map<String, Map<UUID, ReferenceRow>> reference = new TreeMap<>();
    private final Set<String> exercised = new HashSet<>();
    private final List<Write> writes = new ArrayList<>();
    private int refusedMutations;
    private int overwrittenUnseen;
    private int naturalKeysChecked;
    private int listedConflicts;
    private final RefusalAudit refusalAudit = new RefusalAudit(RULES);
    private HubDatabase hubDatabase;
    private HubLog hub;
    private int edits;
    private int failedSyncs;
    private int restarts;

    /** What a run did, for tests that ask about coverage. */
    record Outcome(Set<String> tablesExercised, int edits, int laptops, int rows, int failedSyncs, int restarts,
                   int refusedMutations, int overwrittenUnseen, int merges, int naturalKeysChecked,
                   int listedConflicts, int refusedOutOfScope, int refusedByFaultRule, int scopedLaptops) {
    }

    private SyncSimulation(long seed, Path folder, String hubUrl, boolean overHttp) {
        this.random = new Random(seed);
        this.folder = folder;
        this.hubUrl = hubUrl;
        this.overHttp = overHttp;
    }

    static Outcome run(long seed, Path folder, int steps) {
        return run(seed, folder, steps, null, false);
    }

    /**
     * A run whose hub keeps its data in the (empty) database {@code hubUrl} names, or H2 in the
     * folder when it is null; {@code overHttp}: laptops reach it through the workbench's own client
     * and the hub's own server, signing in with a password, and every user is a support manager
     * (sites in the simulation have no codes to give engineers).
     */
    static Outcome run(long seed, Path folder, int steps, String hubUrl, boolean overHttp) {
        var simulation = new SyncSimulation(seed, folder, hubUrl, overHttp);
        try {
            return simulation.play(steps);
        } finally {
            simulation.closeAll();
        }
    }

    private Outcome play(int steps) {
        // The hub's clock differs too: up to half an hour ahead of the laptops' own time.
        hubClock = Clock.offset(clock, Duration.ofSeconds(random.nextInt(1_800)));
        openHub();
        for (int i = 0; i < 4; i++) {
            sites.add(uuid());
        }
        int count = 3 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            laptops.add(new Laptop(i, skew(), i == 0 ? null : scope()));
        }
        for (int step = 0; step < steps; step++) {
            clock.advance(Duration.ofMillis(random.nextInt(3_000)));
            Laptop laptop = laptops.get(random.nextInt(laptops.size()));
            int action = random.nextInt(100);
            if (step < TABLES.size()) {
                // Every table first, by the manager: a technician may not set up sites.
                edit(laptops.getFirst(), TABLES.get(step));
            } else if (action < 55) {
                edit(laptop, null);
            } else if (action < 85) {
                laptop.trySync();
            } else if (action < 92) {
                laptop.connection.online = !laptop.connection.online;
            } else if (action < 97) {
                laptop.restart();
            } else {
                restartHub();
            }
        }
        for (Laptop laptop : laptops) {
            laptop.connection.online = true;
            laptop.connection.faulty = false;
        }
        for (int round = 0; round < 2; round++) {
            for (Laptop laptop : laptops) {
                laptop.syncOrFail();
            }
        }
        return check();
    }

    /** One local transaction of one to three edits; {@code table} forces the first edit's table. */
    private void edit(Laptop laptop, String table) {
        int count = 1 + random.nextInt(3);
        Set<UUID> touched = new HashSet<>();
        RowWriter.Written written = laptop.writer.transaction(edits -> {
            for (int i = 0; i < count; i++) {
                String name = i == 0 && table != null ? table : tableFor(laptop);
                SyncedTable synced = SyncedTable.named(name);
                Map<UUID, Boolean> rows = laptop.writer.ids(name);
                List<UUID> candidates = rows.keySet().stream().filter(id -> !touched.contains(id)).sorted().toList();
                if (candidates.isEmpty() || !synced.mutable() || random.nextInt(10) < 3) {
                    UUID id = uuid();
                    touched.add(id);
                    // A site is its own sync scope, as in the workbench.
                    edits.insert(name, id, name.equals("site") ? id : siteFor(laptop, synced), random);
                    continue;
                }
                UUID id = candidates.get(random.nextInt(candidates.size()));
                touched.add(id);
                if (!rows.get(id)) {
                    edits.recreate(name, id, siteOf(laptop, name, id), random);
                } else if (random.nextInt(8) == 0) {
                    edits.remove(name, id);
                } else {
                    edits.update(name, id, random);
                }
            }
        });
        written.changes().forEach(change -> writes.add(new Write(written.mutationId(), change)));
        edits += written.changes().size();
    }

    private String tableFor(Laptop laptop) {
        String table;
        do {
            table = TABLES.get(random.nextInt(TABLES.size()));
        } while (laptop.scope != null && table.equals("site"));
        return table;
    }

    private UUID siteFor(Laptop laptop, SyncedTable synced) {
        boolean shared = synced.table().field("site_id").getDataType().nullable() && random.nextInt(4) == 0;
        if (shared) {
            return null;
        }
        if (laptop.scope == null || laptop.scope.size() < sites.size() && random.nextInt(12) == 0) {
            // Now and then a technician writes at a site taken from them since: the hub must refuse it.
            return sites.get(random.nextInt(sites.size()));
        }
        List<UUID> own = laptop.scope.stream().sorted().toList();
        return own.get(random.nextInt(own.size()));
    }

    /** One to three of the four sites in one laptop in three; the others are managers' (null: every site). */
    private Set<UUID> scope() {
        if (overHttp || random.nextInt(3) != 0) {
            return null;
        }
        List<UUID> shuffled = new ArrayList<>(sites);
        java.util.Collections.shuffle(shuffled, random);
        return Set.copyOf(shuffled.subList(0, 1 + random.nextInt(3)));
    }

    private static UUID siteOf(Laptop laptop, String table, UUID id) {
        String value = laptop.writer.rows(table).get(id).get("site_id");
        return value == null ? null : UUID.fromString(value);
    }

    /** A change some laptop committed, with the local transaction it belongs to. */
    private record Write(UUID mutationId, RowChange change) {
    }

    private void remember(RowChange written) {
        // A row's creation stamps every field: what its insert leaves out it writes as empty.
        RowChange change = "1".equals(written.fields().get(RowChange.CAUSAL_LENGTH))
                ? DuplicateRows.asFullInsert(written) : written;
        exercised.add(change.table());
        ReferenceRow row = reference.computeIfAbsent(change.table(), t -> new TreeMap<>())
                .computeIfAbsent(change.rowId(), id -> new ReferenceRow());
        row.site = change.siteId();
        change.fields().forEach((field, value) -> {
            if (field.equals(RowChange.CAUSAL_LENGTH)) {
                row.causalLength = Math.max(row.causalLength, Integer.parseInt(value));
            } else if (!field.equals(RowChange.BASE)) {
                Stamp known = row.stamps.get(field);
                if (known == null || change.stamp().isAfter(known)) {
                    row.stamps.put(field, change.stamp());
                    row.values.put(field, value);
                }
            }
        });
    }

    /** Per-field last-writer-wins over every write any laptop made: what every replica must hold. */
    private static final class ReferenceRow {
        final Map<String, Stamp> stamps = new HashMap<>();
        final Map<String, String> values = new TreeMap<>();
        int causalLength;
        UUID site;
    }

    private Outcome check() {
        // The reference holds every write the hub accepted: a refused one (a fault status that no
        // longer follows the hub's) was replaced by the hub's version on its laptop.
        Set<UUID> refused = new HashSet<>();
        for (Laptop laptop : laptops) {
            refused.addAll(laptop.writer.refusedMutations());
        }
        // A write of a row the hub merged into another is a write of the row that stayed.
        writes.stream().filter(write -> !refused.contains(write.mutationId()))
                .forEach(write -> remember(MergedIds.redirect(RULES, write.change(), this::hubSurvivors)));
        refusedMutations = refused.size();
        int rows = 0;
        for (String table : TABLES) {
            boolean mutable = SyncedTable.named(table).mutable();
            Map<UUID, Map<String, String>> expected = new TreeMap<>();
            Map<UUID, UUID> siteOfRow = new HashMap<>();
            reference.getOrDefault(table, Map.of()).forEach((id, row) -> {
                siteOfRow.put(id, row.site);
                Map<String, String> values = new TreeMap<>(row.values);
                if (mutable) {
                    values.put("cl", Integer.toString(row.causalLength));
                }
                expected.put(id, values);
            });
            rows += expected.size();
            compare("hub", table, expected, hubRows(table));
            for (Laptop laptop : laptops) {
                // A technician holds the rows of their own sites and the shared ones, nothing else.
                Map<UUID, Map<String, String>> visible = new TreeMap<>(expected);
                visible.keySet().removeIf(id -> laptop.scope != null && siteOfRow.get(id) != null
                        && !laptop.scope.contains(siteOfRow.get(id)));
                compare("laptop " + laptop.number, table, visible, sorted(laptop.writer.rows(table)));
            }
        }
        overwrittenValuesAreListedForTheirAuthors(refused);
        everyListedConflictIsAValueItsLaptopLost(refused);
        Map<UUID, List<RowChange>> byMutation = new HashMap<>();
        writes.forEach(write -> byMutation.computeIfAbsent(write.mutationId(), m -> new ArrayList<>()).add(write.change()));
        refusalAudit.check(laptops.stream().map(laptop -> new RefusalAudit.Author(laptop.number, laptop.store.nodeId(),
                laptop.scope, laptop.writer.refusals())).toList(), byMutation, refused, hubDatabase.dsl());
        noNaturalKeyIsHeldTwice("hub", this::hubRows);
        for (Laptop laptop : laptops) {
            noNaturalKeyIsHeldTwice("laptop " + laptop.number, table -> sorted(laptop.writer.rows(table)));
        }
        for (Laptop laptop : laptops) {
            if (laptop.sync.standing().pendingChanges() != 0) {
                throw new AssertionError("laptop " + laptop.number + " still has " + laptop.sync.standing());
            }
        }
        return new Outcome(Set.copyOf(exercised), edits, laptops.size(), rows, failedSyncs, restarts, refusedMutations,
                overwrittenUnseen, hubDatabase.dsl().fetchCount(Tables.HUB_MERGE), naturalKeysChecked, listedConflicts,
                refusalAudit.outOfScope, refusalAudit.byFaultRule, (int) laptops.stream().filter(l -> l.scope != null).count());
    }

    /**
     * A laptop's last value of a field, overwritten by writes that all came later, never saw it and
     * say otherwise, was lost by its author: it must be in that laptop's conflict list, whether it
     * was still waiting to be pushed or had been synced.
     */
    private void overwrittenValuesAreListedForTheirAuthors(Set<UUID> refused) {
        Map<String, List<RowChange>> byField = new HashMap<>();
        // By the rows they ended in: a write of a row the hub merged counts for the row that stayed.
        writes.stream().filter(write -> !refused.contains(write.mutationId()))
                .map(write -> MergedIds.redirect(RULES, write.change(), this::hubSurvivors)).forEach(change ->
                change.fields().keySet().stream().filter(f -> !f.equals(RowChange.BASE) && !f.equals(RowChange.CAUSAL_LENGTH))
                        .forEach(f -> byField.computeIfAbsent(change.table() + "/" + change.rowId() + "/" + f,
                                key -> new ArrayList<>()).add(change)));
        for (Laptop laptop : laptops) {
            String node = laptop.store.nodeId();
            Set<String> listed = new HashSet<>();
            laptop.sync.conflicts().forEach(c -> {
                UUID row = hubSurvivors(Map.of(c.rowId(), c.table())).getOrDefault(c.rowId(), c.rowId());
                listed.add(c.table() + "/" + row + "/" + c.field() + "@" + c.lostStamp().encode());
            });
            byField.forEach((key, changes) -> {
                String field = key.substring(key.lastIndexOf('/') + 1);
                RowChange last = changes.stream().filter(c -> c.stamp().node().equals(node))
                        .max(java.util.Comparator.comparing(RowChange::stamp)).orElse(null);
                if (last == null) {
                    return;
                }
                List<RowChange> later = changes.stream().filter(c -> c.stamp().isAfter(last.stamp())).toList();
                boolean unseen = !later.isEmpty() && later.stream().allMatch(c -> c.base().containsKey(field)
                        && last.stamp().isAfter(c.base().get(field))
                        && !java.util.Objects.equals(c.fields().get(field), last.fields().get(field)));
                if (unseen) {
                    overwrittenUnseen++;
                }
                if (unseen && !listed.contains(key + "@" + last.stamp().encode())) {
                    throw new AssertionError("laptop " + laptop.number + " lost " + key + " = " + last.fields().get(field)
                            + " (" + last.stamp() + ") to " + later + " without a conflict listed");
                }
            });
        }
    }

    /**
     * The other way round: every value a laptop lists as lost is one it wrote, and it lost to a
     * later write of another value that the hub accepted.
     */
    private void everyListedConflictIsAValueItsLaptopLost(Set<UUID> refused) {
        Set<String> written = new HashSet<>();
        Set<String> accepted = new HashSet<>();
        for (Write write : writes) {
            // A row's creation stamps every field: what its insert leaves out it writes as empty.
            RowChange change = "1".equals(write.change().fields().get(RowChange.CAUSAL_LENGTH))
                    ? DuplicateRows.asFullInsert(write.change()) : write.change();
            change.fields().forEach((field, value) -> {
                String key = field + "@" + change.stamp().encode() + "=" + value;
                written.add(key);
                if (!refused.contains(write.mutationId())) {
                    accepted.add(key);
                }
            });
        }
        for (Laptop laptop : laptops) {
            for (var conflict : laptop.sync.conflicts()) {
                String lost = conflict.field() + "@" + conflict.lostStamp().encode() + "=" + conflict.lostValue();
                String won = conflict.field() + "@" + conflict.wonStamp().encode() + "=" + conflict.wonValue();
                if (!conflict.lostStamp().node().equals(laptop.store.nodeId()) || !written.contains(lost)
                        || !accepted.contains(won) || !conflict.wonStamp().isAfter(conflict.lostStamp())
                        || java.util.Objects.equals(conflict.lostValue(), conflict.wonValue())) {
                    throw new AssertionError("laptop " + laptop.number + " lists a conflict no write explains: " + conflict);
                }
                listedConflicts++;
            }
        }
    }

    /** The survivors the hub recorded for merged rows among {@code named}, merges of merged rows followed to the end. */
    private Map<UUID, UUID> hubSurvivors(Map<UUID, String> named) {
        Map<UUID, UUID> survivors = new HashMap<>();
        named.forEach((id, table) -> {
            UUID current = id;
            UUID next;
            while ((next = hubDatabase.dsl().select(Tables.HUB_MERGE.SURVIVOR_ID).from(Tables.HUB_MERGE)
                    .where(Tables.HUB_MERGE.TABLE_NAME.eq(table).and(Tables.HUB_MERGE.DUP_ID.eq(current)))
                    .fetchOne(Tables.HUB_MERGE.SURVIVOR_ID)) != null) {
                current = next;
            }
            if (!current.equals(id)) {
                survivors.put(id, current);
            }
        });
        return survivors;
    }

    /** Among the live rows of a replica, no two share a natural key. */
    private void noNaturalKeyIsHeldTwice(String replica, java.util.function.Function<String, Map<UUID, Map<String, String>>> rowsOf) {
        for (String table : RULES.tablesWithNaturalKeys()) {
            NaturalKey key = RULES.naturalKey(table).orElseThrow();
            Map<List<String>, UUID> holders = new HashMap<>();
            rowsOf.apply(table).forEach((id, values) -> {
                List<String> keyValues = key.valuesOf(values);
                if (keyValues != null && Integer.parseInt(values.getOrDefault("cl", "1")) % 2 == 1) {
                    UUID other = holders.put(keyValues, id);
                    if (other != null) {
                        throw new AssertionError(replica + " holds " + table + " " + keyValues + " twice: " + other + " and " + id);
                    }
                    if (table.equals("site") || table.equals("asset")) {
                        naturalKeysChecked++;
                    }
                }
            });
        }
    }

    private static void compare(String replica, String table, Map<UUID, Map<String, String>> expected,
                                Map<UUID, Map<String, String>> actual) {
        if (!expected.keySet().equals(actual.keySet())) {
            Set<UUID> missing = new HashSet<>(expected.keySet());
            missing.removeAll(actual.keySet());
            Set<UUID> extra = new HashSet<>(actual.keySet());
            extra.removeAll(expected.keySet());
            throw new AssertionError(replica + " " + table + ": missing rows " + missing + ", unexpected rows " + extra);
        }
        expected.forEach((id, expectedValues) -> {
            // An insert leaves empty fields out: absent and empty are the same.
            Map<String, String> values = new TreeMap<>(expectedValues);
            values.values().removeIf(java.util.Objects::isNull);
            Map<String, String> held = new TreeMap<>(actual.get(id));
            held.values().removeIf(java.util.Objects::isNull);
            if (!held.equals(values)) {
                throw new AssertionError(replica + " " + table + " row " + id + " holds " + held + " but should hold " + values);
            }
        });
    }

    private Map<UUID, Map<String, String>> hubRows(String table) {
        SyncedTable synced = SyncedTable.named(table);
        Map<UUID, Map<String, String>> rows = new TreeMap<>();
        for (Record row : hubDatabase.dsl().selectFrom(synced.table()).fetch()) {
            Map<String, String> values = new TreeMap<>(SnapshotRows.of(row).values());
            if (synced.mutable()) {
                values.put("cl", Integer.toString(row.get(synced.causalLength())));
            }
            rows.put(row.get(synced.id()), values);
        }
        return rows;
    }

    private static Map<UUID, Map<String, String>> sorted(Map<UUID, Map<String, String>> rows) {
        Map<UUID, Map<String, String>> sorted = new TreeMap<>();
        rows.forEach((id, values) -> sorted.put(id, new TreeMap<>(values)));
        return sorted;
    }

    private Duration skew() {
        // Hours behind, or up to two minutes ahead: the hub refuses clocks more than five minutes ahead.
        return random.nextInt(3) == 0 ? Duration.ofSeconds(random.nextInt(120))
                : Duration.ofSeconds(-random.nextInt(4 * 3600));
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private void openHub() {
        Path hubFolder = folder.resolve("hub");
        if (hubUrl == null && !Files.exists(hubFolder.resolve("hub.mv.db"))) {
            Templates.copyHub(hubFolder);
        }
        hubDatabase = HubDatabase.open(hubUrl, hubFolder);
        hub = new HubLog(hubDatabase, hubClock);
        if (overHttp) {
            Accounts accounts = new Accounts(hubDatabase, hubClock, new PasswordHasher(1_000));
            if (accounts.list().isEmpty()) {
                accounts.add(MANAGER.name(), Role.SUPPORT_MANAGER, List.of(), PASSWORD.toCharArray());
            }
            // The same port after a restart: the laptops' client keeps the hub's address.
            server = HubServer.start(accounts, hub, new HubBlobs(hubDatabase), hubClock, "127.0.0.1", port, null);
            port = server.port();
        }
    }

    private void restartHub() {
        restarts++;
        if (server != null) {
            server.close();
        }
        hubDatabase.close();
        openHub();
    }

    private void closeAll() {
        laptops.forEach(Laptop::close);
        if (server != null) {
            server.close();
        }
        if (hubDatabase != null) {
            hubDatabase.close();
        }
    }

    /** One laptop: its store, its sync service and its line to the hub. */
    private final class Laptop {
        final int number;
        final Clock laptopClock;
        final UUID technician = uuid();
        final Path home;
        /** The sites this laptop's user may use; null for a support manager's. */
        final Set<UUID> scope;
        Store store;
        RowWriter writer;
        SyncService sync;
        FaultyLine connection;
        boolean signedIn;

        Laptop(int number, Duration skew, Set<UUID> scope) {
            this.number = number;
            this.scope = scope;
            this.laptopClock = Clock.offset(clock, skew);
            this.home = folder.resolve("laptop-" + number);
            Templates.copyLaptop(home);
            open();
            if (!overHttp) {
                // Over HTTP the hub registers the laptop when it signs in.
                registerNode();
            }
        }

        private void open() {
            store = Store.open(new DataFolder(home), laptopClock);
            writer = new RowWriter(store, technician);
            if (connection == null) {
                HubAccount account = scope == null ? MANAGER
                        : new HubAccount("sim", Role.ENGINEER, List.of("T" + number), false);
                HubConnection hubSide = overHttp ? new HubClient("http://127.0.0.1:" + port, store.nodeId(), laptopClock::millis)
                        : new InProcessHub(() -> hub, () -> new HubBlobs(hubDatabase),
                        new Caller(account, store.nodeId(), scope == null ? Set.of() : scope, Texts.sync(Locale.ENGLISH)),
                        () -> hubClock.millis() - laptopClock.millis());
                connection = new FaultyLine(hubSide, random);
            }
            FaultyLine line = connection;
            sync = new SyncService(store, Replica.of(store.replicaDatabase()), new AttachmentRepository(store), url -> line,
                    laptopClock, () -> technician, () -> Texts.sync(Locale.ENGLISH), () -> { });
        }

        private void registerNode() {
            hubDatabase.dsl().insertInto(Tables.HUB_NODE)
                    .set(Tables.HUB_NODE.NODE_ID, store.nodeId())
                    .set(Tables.HUB_NODE.USER_NAME, "sim")
                    .set(Tables.HUB_NODE.LAST_SEQ, 0L)
                    .set(Tables.HUB_NODE.REGISTERED_AT, java.time.OffsetDateTime.now(clock))
                    .set(Tables.HUB_NODE.LAST_SEEN_AT, java.time.OffsetDateTime.now(clock))
                    .execute();
        }

        void trySync() {
            try {
                syncOrFail();
            } catch (SyncFailure e) {
                // A lost message or a partition: the next sync picks up where this one stopped.
                failedSyncs++;
                if (random.nextInt(4) == 0) {
                    // Switched off right there: between a push's answer and the outbox settling, or mid-page.
                    restart();
                }
            }
        }

        void syncOrFail() {
            if (!signedIn) {
                sync.signIn(connection.hubUrl(), MANAGER.name(), PASSWORD.toCharArray());
                signedIn = true;
            }
            sync.sync(Progress.NONE);
        }

        /** The laptop is switched off and on: only what its store committed survives. */
        void restart() {
            restarts++;
            store.close();
            open();
        }

        void close() {
            store.close();
        }
    }

    /** Migrated empty stores, made once and copied for every run: migrating takes longer than a run. */
    static final class Templates {
        private static final Path LAPTOP;
        private static final Path HUB;

        static {
            try {
                Path root = Files.createTempDirectory("techbench-sim-templates");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root), "remove-simulation-templates"));
                LAPTOP = root.resolve("laptop");
                Store.open(new DataFolder(LAPTOP), Clock.systemUTC()).close();
                try (var connection = DriverManager.getConnection(TestStores.jdbcUrl(LAPTOP), "techbench", "");
                     var statement = connection.createStatement()) {
                    statement.execute("delete from sync_node");
                }
                HUB = root.resolve("hub");
                HubDatabase.open(null, HUB).close();
            } catch (IOException | java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        static void copyLaptop(Path target) {
            copy(LAPTOP.resolve("techbench.mv.db"), target.resolve("techbench.mv.db"));
        }

        static void copyHub(Path target) {
            copy(HUB.resolve("hub.mv.db"), target.resolve("hub.mv.db"));
        }

        private static void deleteTree(Path root) {
            try (var paths = Files.walk(root)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void copy(Path from, Path to) {
            try {
                Files.createDirectories(to.getParent());
                Files.copy(from, to);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
