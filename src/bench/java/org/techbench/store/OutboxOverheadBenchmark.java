package org.techbench.store;

import static org.techbench.schema.Tables.ASSET;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.techbench.replication.Ids;
import org.techbench.schema.tables.records.AssetRecord;

/**
 * The cost of change capture on a local write: the same one-row, two-field update in its own
 * transaction, through the capturing path (field clocks, outbox entry, sequence number) and as
 * a plain jOOQ update on a held connection. Rounds alternate so that both see the same cache and
 * machine state.
 */
public final class OutboxOverheadBenchmark {

    private static final int ROWS = 20_000;
    private static final int WRITES = 1_000;
    private static final int ROUNDS = 40;
    private static final int WARM_UP_ROUNDS = 10;

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("outbox-overhead-");
        try (Store store = Store.open(new DataFolder(folder), Clock.systemUTC())) {
            UUID technician = UUID.randomUUID();
            UUID site = UUID.randomUUID();
            List<UUID> ids = new ArrayList<>();
            store.write(technician, tx -> {
                List<AssetRecord> records = new ArrayList<>();
                for (int i = 0; i < ROWS; i++) {
                    AssetRecord record = new AssetRecord();
                    record.setId(Ids.next());
                    record.setSiteId(site);
                    record.setTag("O-%06d".formatted(i));
                    record.setName("Asset " + i);
                    record.setKind("SERVER");
                    record.setStatus("IN_SERVICE");
                    records.add(record);
                    ids.add(record.getId());
                }
                tx.insert(records);
                return null;
            });
            // The plain write gets what the captured one has: a connection held across writes, so
            // that H2 keeps its parsed statements (a pooled connection loses them when returned).
            Connection held = store.dsl().configuration().connectionProvider().acquire();
            DSLContext plainDsl = DSL.using(held, SQLDialect.H2, store.dsl().settings());
            List<Double> captured = new ArrayList<>();
            List<Double> plain = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            Runnable capturedRound = () -> {
                for (int i = 0; i < WRITES; i++) {
                    UUID id = ids.get(i * 3 % ROWS);
                    String value = "Room " + System.nanoTime();
                    store.write(technician, tx -> {
                        Map<Field<?>, Object> values = new LinkedHashMap<>();
                        values.put(ASSET.LOCATION, value);
                        values.put(ASSET.NOTES, value);
                        return tx.update(ASSET, id, values);
                    });
                }
            };
            Runnable plainRound = () -> {
                for (int i = 0; i < WRITES; i++) {
                    UUID id = ids.get(i * 3 % ROWS);
                    String value = "Hall " + System.nanoTime();
                    plainDsl.transaction(configuration -> DSL.using(configuration).update(ASSET)
                            .set(ASSET.LOCATION, value).set(ASSET.NOTES, value).where(ASSET.ID.eq(id)).execute());
                }
            };
            for (int round = 0; round < ROUNDS; round++) {
                // Taking turns at going first, so neither always meets H2's background writer.
                double c;
                double p;
                if (round % 2 == 0) {
                    c = time(capturedRound);
                    p = time(plainRound);
                } else {
                    p = time(plainRound);
                    c = time(capturedRound);
                }
                if (round >= WARM_UP_ROUNDS) {
                    captured.add(c);
                    plain.add(p);
                    ratios.add(c / p);
                }
            }
            held.close();
            Collections.sort(ratios);
            System.out.printf("| outbox overhead on a local write (one row, two fields, own transaction) | captured %.1f µs, "
                            + "plain %.1f µs per write (medians of %d rounds) | %.2f× (middle half of rounds %.2f–%.2f×; "
                            + "target 1.5×) |%n",
                    median(captured) / WRITES * 1e6, median(plain) / WRITES * 1e6, ratios.size(), median(ratios),
                    ratios.get(ratios.size() / 4), ratios.get(ratios.size() * 3 / 4));
        }
    }

    private static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
