package org.techbench.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.techbench.service.Workbench;
import org.techbench.store.DataFolder;

/**
 * Times opening (and checking the migrations of) an existing store, as the window does at start:
 * {@code StoreOpenBenchmark STORE [RUNS] [prepared]}; an encrypted store is unlocked first (the
 * passphrase from {@code $TECHBENCH_PASSPHRASE}), after the warm-up of a passphrase prompt with {@code prepared}.
 */
public final class StoreOpenBenchmark {

    public static void main(String[] args) {
        DataFolder given = new DataFolder(Path.of(args[0]));
        if (given.encrypted() && args.length > 2 && args[2].equals("prepared")) {
            EncryptedStores.prepare();
        }
        long unlocking = System.nanoTime();
        DataFolder folder = EncryptedStores.unlock(given);
        long unlockMillis = (System.nanoTime() - unlocking) / 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long[] millis = new long[runs];
        long assets = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            try (Workbench workbench = Workbench.open(folder, Clock.systemDefaultZone(), "bench")) {
                millis[i] = (System.nanoTime() - start) / 1_000_000;
                if (i == 0) {
                    assets = workbench.overview().overview().assets();
                }
            }
        }
        System.out.printf("| first open of the run (migrates and copies the store when its schema is older) | %d ms |%n",
                millis[0]);
        if (folder.encrypted()) {
            System.out.printf("| passphrase checked and store opened (first open) | %d ms |%n", unlockMillis + millis[0]);
        }
        Arrays.sort(millis);
        System.out.printf("| open + migrate check, %,d assets | runs %d | min %d ms | median %d ms | max %d ms |%n",
                assets, runs, millis[0], millis[runs / 2], millis[runs - 1]);
    }
}
