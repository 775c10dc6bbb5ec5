package org.techbench.sync.hub;

import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.techbench.domain.sync.Mutation;
import org.techbench.domain.sync.PulledPage;
import org.techbench.domain.sync.SnapshotPage;
import org.techbench.domain.sync.SnapshotRow;
import org.techbench.sync.HubApi;
import org.techbench.sync.HubConnection;
import org.techbench.sync.HubException;

/**
 * The hub called in process as one caller, for the simulation's fast seeds: the hub's own code
 * without HTTP, JSON or tokens (the seeds over HTTP use {@link org.techbench.sync.HubClient}).
 */
final class InProcessHub implements HubConnection {

    private final Supplier<HubLog> hub;
    private final Supplier<HubBlobs> blobs;
    private final Caller caller;
    private final LongSupplier hubOffset;

    InProcessHub(Supplier<HubLog> hub, Supplier<HubBlobs> blobs, Caller caller, LongSupplier hubOffset) {
        this.hub = hub;
        this.blobs = blobs;
        this.caller = caller;
        this.hubOffset = hubOffset;
    }

    @Override
    public String hubUrl() {
        return "http://hub.sim";
    }

    @Override
    public Long hubOffsetMillis() {
        return hubOffset.getAsLong();
    }

    @Override
    public HubApi.Signed login(String user, char[] password) {
        return new HubApi.Signed("access", "refresh", user, caller.account().role().name());
    }

    @Override
    public HubApi.Signed refresh(String refreshToken) {
        return new HubApi.Signed("access", "refresh", caller.account().name(), caller.account().role().name());
    }

    @Override
    public HubApi.Pushed push(String token, List<Mutation> mutations) {
        return call(() -> hub.get().push(caller, new HubApi.Push(caller.nodeId(), mutations)));
    }

    @Override
    public PulledPage pull(String token, long cursor, int limit) {
        return call(() -> hub.get().pull(caller, cursor, limit));
    }

    @Override
    public HubApi.SnapshotStart snapshotStart(String token) {
        return call(() -> hub.get().snapshotStart(caller));
    }

    @Override
    public SnapshotPage snapshot(String token, String table, UUID after, int limit) {
        return call(() -> hub.get().snapshot(caller, table, after, limit));
    }

    @Override
    public List<SnapshotRow> rows(String token, String table, List<UUID> ids) {
        return call(() -> hub.get().rows(caller, new HubApi.RowsWanted(table, ids)).rows());
    }

    @Override
    public HubApi.BlobStatus blobStatus(String token, String sha) {
        return call(() -> blobs.get().status(sha));
    }

    @Override
    public HubApi.BlobStatus uploadBlob(String token, String sha, long offset, long size, byte[] bytes) {
        return call(() -> blobs.get().upload(sha, offset, size, bytes));
    }

    @Override
    public long downloadBlob(String token, String sha, long offset, java.io.OutputStream into) {
        return call(() -> {
            var out = new java.io.ByteArrayOutputStream();
            blobs.get().download(caller, sha, offset, out);
            try {
                out.writeTo(into);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return (long) out.size();
        });
    }

    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (HubRefusal e) {
            throw new HubException(HubException.Kind.REFUSED, e.getMessage());
        }
    }
}
