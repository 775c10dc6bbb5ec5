package org.techbench.store;

import java.nio.file.Path;

/** A laptop that opens its store and closes it compacting the file, printing {@code COMPACTING} before and {@code COMPACTED} after. */
public final class CompactingLaptop {

    private CompactingLaptop() {
    }

    public static void main(String[] args) {
        Store store = TestStores.open(Path.of(args[0]));
        System.out.println("COMPACTING");
        System.out.flush();
        store.close(new Compaction(0, 100, 0));
        System.out.println("COMPACTED");
        System.out.flush();
    }
}
