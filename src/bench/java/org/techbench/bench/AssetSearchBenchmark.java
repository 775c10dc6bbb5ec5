package org.techbench.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetListRow;
import org.techbench.domain.asset.AssetSortKey;
import org.techbench.service.Workbench;
import org.techbench.service.asset.AssetService;
import org.techbench.store.DataFolder;

/**
 * Times the asset list in the service layer on an existing store: the first showing in a fresh
 * JVM (index built, first page read), then search-as-you-type, one query per keystroke, each
 * measured from the query to the first page of rows in hand.
 */
public final class AssetSearchBenchmark {

    private static final int PAGE = 200;

    public static void main(String[] args) {
        DataFolder folder = EncryptedStores.unlock(new DataFolder(Path.of(args[0])));
        try (Workbench workbench = Workbench.open(folder, Clock.systemDefaultZone(), "bench")) {
            AssetService assets = workbench.assets();
            long start = System.nanoTime();
            int shown = assets.firstRowsByTag(PAGE).size();
            System.out.printf("| asset list first shown (fresh JVM): first %d rows by tag | %d ms |%n", shown,
                    (System.nanoTime() - start) / 1_000_000);
            start = System.nanoTime();
            List<UUID> all = assets.match(AssetFilter.all());
            long matched = System.nanoTime();
            assets.rows(all.subList(0, Math.min(PAGE, all.size())));
            long firstShown = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("| asset list complete (fresh JVM), %,d assets | %d ms (ids %d ms, first page %d ms) |%n",
                    all.size(), firstShown, (matched - start) / 1_000_000, firstShown - (matched - start) / 1_000_000);
            start = System.nanoTime();
            assets.prepareList();
            System.out.printf("| search index built (fresh JVM, in the background after start-up) | %d ms |%n",
                    (System.nanoTime() - start) / 1_000_000);

            List<AssetListRow> sample = assets.rows(List.of(all.get(all.size() / 3), all.get(all.size() / 2),
                    all.get(all.size() * 2 / 3), all.get(all.size() - 5)));
            List<String> typed = new ArrayList<>(List.of("dell poweredge", "fortigate 100f", "10.7.12", "srv-0042",
                    "hp laserjet", "上海", "thinkpad", "x9q"));
            for (AssetListRow row : sample) {
                typed.add(row.serial().substring(2, 8).toLowerCase());
                typed.add(row.tag());
                typed.add(row.hostname() == null ? row.name() : row.hostname());
            }
            time(assets, typed, AssetFilter.all(), 2); // warm-up, as a technician's first minutes would
            List<Long> keystrokes = time(assets, typed, AssetFilter.all(), 5);
            print("search-as-you-type, per keystroke", keystrokes);
            print("search-as-you-type, kind filter + sort by name desc", time(assets, typed,
                    AssetFilter.all().withKind(AssetKind.SERVER).sortedBy(AssetSortKey.NAME, false), 3));
        }
    }

    private static List<Long> time(AssetService assets, List<String> words, AssetFilter base, int rounds) {
        List<Long> micros = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (String word : words) {
                for (int length = 1; length <= word.length(); length++) {
                    long start = System.nanoTime();
                    List<UUID> ids = assets.match(base.withText(word.substring(0, length)));
                    assets.rows(ids.subList(0, Math.min(PAGE, ids.size())));
                    micros.add((System.nanoTime() - start) / 1_000);
                }
            }
        }
        return micros;
    }

    private static void print(String what, List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf("| %s | %d keystrokes | p50 %.1f ms | p95 %.1f ms | max %.1f ms |%n", what, sorted.size(),
                sorted.get(sorted.size() / 2) / 1000.0, sorted.get((int) (sorted.size() * 0.95)) / 1000.0,
                sorted.getLast() / 1000.0);
    }
}
