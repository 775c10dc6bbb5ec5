package org.techbench.sync.hub;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.techbench.domain.sync.Mutation;
import org.techbench.domain.sync.PulledPage;
import org.techbench.domain.sync.SnapshotPage;
import org.techbench.domain.sync.SnapshotRow;
import org.techbench.sync.HubApi;
import org.techbench.sync.HubConnection;
import org.techbench.sync.HubException;

/**
 * A laptop's line to the hub inside the simulation: calls the hub in process, and while faulty
 * loses requests, loses answers, delivers pushes twice and replays old pushes out of order.
 */
final class SimulatedConnection implements HubConnection {

    private final Supplier<HubLog> hub;
    private final Supplier<HubBlobs> blobs;
    private final Caller caller;
    private final Random random;
    private final List<HubApi.Push> sent = new ArrayList<>();
    private final java.util.function.LongSupplier hubOffset;
    boolean online = true;
    boolean faulty = true;

    SimulatedConnection(Supplier<HubLog> hub, Supplier<HubBlobs> blobs, Caller caller, Random random,
                        java.util.function.LongSupplier hubOffset) {
        this.hubOffset = hubOffset;
        this.hub = hub;
        this.blobs = blobs;
        this.caller = caller;
        this.random = random;
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
        return deliver(() -> new HubApi.Signed("access", "refresh", user, caller.account().role().name()));
    }

    @Override
    public HubApi.Signed refresh(String refreshToken) {
        return deliver(() -> new HubApi.Signed("access", "refresh", "sim", caller.account().role().name()));
    }

    @Override
    public HubApi.Pushed push(String token, List<Mutation> mutations) {
        HubApi.Push push = new HubApi.Push(caller.nodeId(), mutations);
        return deliver(() -> {
            if (faulty && !sent.isEmpty() && random.nextInt(8) == 0) {
                HubApi.Push old = sent.get(random.nextInt(sent.size()));
                try {
                    hub.get().push(caller, old);
                } catch (HubRefusal ignored) {
                    // An old push can arrive after a gap appeared; the hub refusing it is the point.
                }
            }
            sent.add(push);
            HubApi.Pushed answer = hub.get().push(caller, push);
            if (faulty && random.nextInt(8) == 0) {
                answer = hub.get().push(caller, push);
            }
            return answer;
        });
    }

    @Override
    public PulledPage pull(String token, long cursor, int limit) {
        return deliver(() -> hub.get().pull(caller, cursor, 1 + random.nextInt(20)));
    }

    @Override
    public HubApi.SnapshotStart snapshotStart(String token) {
        return deliver(() -> hub.get().snapshotStart(caller));
    }

    @Override
    public SnapshotPage snapshot(String token, String table, UUID after, int limit) {
        return deliver(() -> hub.get().snapshot(caller, table, after, 1 + random.nextInt(5)));
    }

    @Override
    public List<SnapshotRow> rows(String token, String table, List<UUID> ids) {
        return deliver(() -> hub.get().rows(caller, new HubApi.RowsWanted(table, ids)).rows());
    }

    @Override
    public HubApi.BlobStatus blobStatus(String token, String sha) {
        return deliver(() -> blobs.get().status(sha));
    }

    @Override
    public HubApi.BlobStatus uploadBlob(String token, String sha, long offset, long size, byte[] bytes) {
        return deliver(() -> blobs.get().upload(sha, offset, size, bytes));
    }

    @Override
    public long downloadBlob(String token, String sha, long offset, java.io.OutputStream into) {
        return deliver(() -> {
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

    private <T> T deliver(Supplier<T> call) {
        if (!online || faulty && random.nextInt(10) == 0) {
            throw new HubException(HubException.Kind.UNREACHABLE, "request lost");
        }
        T answer;
        try {
            answer = call.get();
        } catch (HubRefusal e) {
            throw new HubException(HubException.Kind.REFUSED, e.getMessage());
        }
        if (faulty && random.nextInt(10) == 0) {
            throw new HubException(HubException.Kind.UNREACHABLE, "answer lost");
        }
        return answer;
    }
}
