package org.techbench.store;

import java.util.Map;

/** A store file's schema version and, per table, its rows and their checksum: what a backup's manifest records. */
public record StoreCensus(int schemaVersion, Map<String, TableFigures> tables) {

    public StoreCensus {
        tables = Map.copyOf(tables);
    }

    /** One table's rows and the sum of their checksums ({@code null} where only the rows were counted). */
    public record TableFigures(long rows, Long checksum) {
    }
}
