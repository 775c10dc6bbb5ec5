package org.techbench.service.backup;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.techbench.store.StoreCensus;

/**
 * What a backup holds, written beside it when it is made: when, the store's schema version, its
 * size and how long it took, every table's rows and checksum, and the attachments it needs by hash.
 */
public record BackupManifest(String name, Instant createdAt, int schemaVersion, long bytes, long millis,
                             Map<String, StoreCensus.TableFigures> tables, List<String> attachments) {

    public BackupManifest {
        tables = Map.copyOf(tables);
        attachments = List.copyOf(attachments);
    }

    public long rows() {
        return tables.values().stream().mapToLong(StoreCensus.TableFigures::rows).sum();
    }
}
