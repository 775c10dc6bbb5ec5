package org.techbench.service.backup;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.techbench.store.StoreCensus;

/**
 * What a backup holds, written beside it when it is made: when, the store's schema version, its
 * size and how long it took, every table's rows, the attachments it needs by hash, the fingerprint of
 * the key it is encrypted with ({@code null} for a plain backup), and the SHA-256 of its store file
 * ({@code null} in backups made before 2026-12-07, whose tables carry a checksum of their rows instead).
 */
public record BackupManifest(String name, Instant createdAt, int schemaVersion, long bytes, long millis,
                             Map<String, StoreCensus.TableFigures> tables, List<String> attachments, String keyFingerprint,
                             String storeSha256) {

    public BackupManifest {
        tables = Map.copyOf(tables);
        attachments = List.copyOf(attachments);
    }

    public boolean encrypted() {
        return keyFingerprint != null;
    }

    public long rows() {
        return tables.values().stream().mapToLong(StoreCensus.TableFigures::rows).sum();
    }
}
