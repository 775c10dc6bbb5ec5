package org.techbench.store;

import static org.techbench.schema.Tables.ASSET;
import static org.techbench.schema.Tables.FAULT;
import static org.techbench.schema.Tables.SITE;
import static org.techbench.schema.Tables.SYNC_OUTBOX;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableRecord;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.sync.RowChange;
import org.techbench.domain.sync.SnapshotRow;
import org.techbench.domain.sync.Stamp;
import org.techbench.replication.CapturingTransaction;
import org.techbench.replication.ChangeJson;
import org.techbench.replication.SnapshotRows;
import org.techbench.replication.SyncedTable;

/**
 * Writes any synced table through the capturing path, with made-up values of the right types,
 * for tests (the sync simulation) that must exercise every table the schema has.
 */
public final class RowWriter {

    private static final Set<String> NOT_FIELDS = Set.of("id", "site_id", "hlc", "field_clocks", "cl");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789 机房服务器硬盘";

    private final Store store;
    private final UUID technician;

    public RowWriter(Store store, UUID technician) {
        this.store = store;
        this.technician = technician;
    }

    /** The edits of one local transaction. */
    public interface Edits {
        void insert(String table, UUID id, UUID siteId, Random random);

        void update(String table, UUID id, Random random);

        void remove(String table, UUID id);

        void recreate(String table, UUID id, UUID siteId, Random random);
    }

    /** What one transaction queued for the hub, under its mutation id. */
    public record Written(UUID mutationId, List<RowChange> changes) {
    }

    /** Runs the edits in one transaction and returns the changes it queued for the hub. */
    public Written transaction(Consumer<Edits> work) {
        return store.write(technician, tx -> {
            work.accept(new Edits() {
                @Override
                public void insert(String table, UUID id, UUID siteId, Random random) {
                    insertOne(tx, record(table, id, siteId, random));
                }

                @Override
                public void update(String table, UUID id, Random random) {
                    SyncedTable synced = SyncedTable.named(table);
                    List<Field<?>> fields = editable(synced);
                    Map<Field<?>, Object> values = new LinkedHashMap<>();
                    int count = 1 + random.nextInt(Math.min(3, fields.size()));
                    for (int i = 0; i < count; i++) {
                        Field<?> field = fields.get(random.nextInt(fields.size()));
                        if (field.equals(FAULT.STATUS)) {
                            // A fault's status follows its life cycle, as the hub checks.
                            var current = FaultStatus.valueOf(tx.dsl().select(FAULT.STATUS).from(FAULT)
                                    .where(FAULT.ID.eq(id)).fetchSingle().value1());
                            List<FaultStatus> next = List.copyOf(current.next());
                            if (!next.isEmpty()) {
                                values.put(field, next.get(random.nextInt(next.size())).name());
                            }
                        } else {
                            values.put(field, valueFor(field, random));
                        }
                    }
                    if (!values.isEmpty()) {
                        tx.update(synced.table(), id, values);
                    }
                }

                @Override
                public void remove(String table, UUID id) {
                    tx.remove(SyncedTable.named(table).table(), id);
                }

                @Override
                public void recreate(String table, UUID id, UUID siteId, Random random) {
                    tx.recreate(record(table, id, siteId, random));
                }
            });
            tx.finish();
            List<RowChange> changes = new ArrayList<>();
            tx.dsl().selectFrom(SYNC_OUTBOX).where(SYNC_OUTBOX.MUTATION_ID.eq(tx.mutationId())).orderBy(SYNC_OUTBOX.SEQ).forEach(entry -> {
                Map<String, String> fields = ChangeJson.parse(entry.getChanges());
                fields.remove("id");
                changes.add(new RowChange(entry.getTableName(), entry.getRowId(), entry.getSiteId(),
                        new Stamp(entry.getHlc(), entry.getNodeId()), fields));
            });
            return new Written(tx.mutationId(), changes);
        });
    }

    /** Every row of a synced table: id to its values in text form, with {@code cl} for mutable tables. */
    public Map<UUID, Map<String, String>> rows(String table) {
        SyncedTable synced = SyncedTable.named(table);
        Map<UUID, Map<String, String>> rows = new LinkedHashMap<>();
        for (Record row : store.dsl().selectFrom(synced.table()).fetch()) {
            SnapshotRow snapshot = SnapshotRows.of(row);
            Map<String, String> values = new LinkedHashMap<>(snapshot.values());
            if (synced.mutable()) {
                values.put("cl", Integer.toString(snapshot.causalLength()));
            }
            rows.put(snapshot.id(), values);
        }
        return rows;
    }

    /** The local transactions the hub refused. */
    public List<UUID> refusedMutations() {
        return store.dsl().selectDistinct(org.techbench.schema.Tables.SYNC_REFUSED.MUTATION_ID)
                .from(org.techbench.schema.Tables.SYNC_REFUSED).fetch(r -> r.value1());
    }

    /** One refused change as the laptop keeps it: its transaction, row, site and the hub's reason. */
    public record Refusal(UUID mutationId, String table, UUID rowId, UUID siteId, String reason) {
    }

    /** Every refused change the laptop keeps, with the reason the hub gave. */
    public List<Refusal> refusals() {
        var refused = org.techbench.schema.Tables.SYNC_REFUSED;
        return store.dsl().selectFrom(refused).orderBy(refused.SEQ).fetch(r -> new Refusal(r.getMutationId(),
                r.getTableName(), r.getRowId(), r.getSiteId(), r.getReason()));
    }

    /** The ids of a table's rows, with whether each exists (odd causal length). */
    public Map<UUID, Boolean> ids(String table) {
        SyncedTable synced = SyncedTable.named(table);
        Map<UUID, Boolean> ids = new LinkedHashMap<>();
        if (synced.mutable()) {
            store.dsl().select(synced.id(), synced.causalLength()).from(synced.table())
                    .forEach(r -> ids.put(r.value1(), r.value2() % 2 == 1));
        } else {
            store.dsl().select(synced.id()).from(synced.table()).forEach(r -> ids.put(r.value1(), true));
        }
        return ids;
    }

    private static TableRecord<?> record(String table, UUID id, UUID siteId, Random random) {
        SyncedTable synced = SyncedTable.named(table);
        TableRecord<?> record = (TableRecord<?>) synced.table().newRecord();
        record.set(synced.id(), id);
        record.set(synced.siteId(), siteId);
        for (Field<?> field : editable(synced)) {
            set(record, field, valueFor(field, random));
        }
        return record;
    }

    private static List<Field<?>> editable(SyncedTable synced) {
        return java.util.Arrays.stream(synced.table().fields()).filter(f -> !NOT_FIELDS.contains(f.getName())).toList();
    }

    private static Object valueFor(Field<?> field, Random random) {
        if (field.equals(FAULT.STATUS)) {
            return FaultStatus.values()[random.nextInt(FaultStatus.values().length)].name();
        }
        // Natural keys drawn from small pools, so that laptops working apart make the same ones.
        if (field.equals(SITE.CODE)) {
            return "S00" + random.nextInt(3);
        }
        if (field.equals(ASSET.TAG)) {
            return "PC-" + random.nextInt(4);
        }
        if (field.getDataType().nullable() && random.nextInt(6) == 0) {
            return null;
        }
        Class<?> type = field.getType();
        if (type == String.class) {
            int length = field.getDataType().length();
            if (field.getDataType().getTypeName().toLowerCase(java.util.Locale.ROOT).startsWith("char") && length > 0) {
                return text(random, length);
            }
            return text(random, 1 + random.nextInt(length > 0 ? Math.min(length, 12) : 12));
        } else if (type == UUID.class) {
            return new UUID(random.nextLong(), random.nextLong());
        } else if (type == Integer.class) {
            return random.nextInt(10_000);
        } else if (type == Long.class) {
            return random.nextLong(1_000_000_000L);
        } else if (type == Boolean.class) {
            return random.nextBoolean();
        } else if (type == BigDecimal.class) {
            return BigDecimal.valueOf(random.nextInt(10_000_000), 4);
        } else if (type == LocalDate.class) {
            return LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3_000));
        } else if (type == OffsetDateTime.class) {
            return OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusSeconds(random.nextInt(30_000_000));
        }
        throw new IllegalArgumentException("no made-up value for " + type);
    }

    private static String text(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    private static <R extends TableRecord<R>> void insertOne(CapturingTransaction tx, TableRecord<?> record) {
        tx.insert((R) record);
    }

    @SuppressWarnings("unchecked")
    private static <T> void set(Record record, Field<T> field, Object value) {
        record.set(field, (T) value);
    }
}
