package org.techbench.sync;

import java.util.List;
import java.util.UUID;
import org.techbench.domain.sync.Mutation;
import org.techbench.domain.sync.PulledPage;
import org.techbench.domain.sync.SnapshotPage;
import org.techbench.domain.sync.SnapshotRow;

/**
 * What a laptop asks of its hub. {@link HubClient} asks over HTTP; every call may fail with a
 * {@link HubException}, after which the laptop's store is as it was before the call.
 */
public interface HubConnection {

    String hubUrl();

    /** How far the hub's clock was ahead of this laptop's at the last answer (negative: behind), or null. */
    Long hubOffsetMillis();

    HubApi.Signed login(String user, char[] password);

    HubApi.Signed refresh(String refreshToken);

    HubApi.Pushed push(String token, List<Mutation> mutations);

    PulledPage pull(String token, long cursor, int limit);

    HubApi.SnapshotStart snapshotStart(String token);

    SnapshotPage snapshot(String token, String table, UUID after, int limit);

    List<SnapshotRow> rows(String token, String table, List<UUID> ids);

    HubApi.BlobStatus blobStatus(String token, String sha);

    /** Sends attachment bytes from {@code offset} on; the hub checks the whole against {@code sha} when it is complete. */
    HubApi.BlobStatus uploadBlob(String token, String sha, long offset, long size, byte[] bytes);

    /**
     * Writes an attachment's bytes from {@code offset} to the end into {@code into} as they arrive,
     * so that a line cut part-way leaves what came before the cut; returns how many were written.
     */
    long downloadBlob(String token, String sha, long offset, java.io.OutputStream into);
}
