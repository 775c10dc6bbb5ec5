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
 * A laptop's line to the hub inside the simulation: while faulty it loses requests, loses answers,
 * delivers pushes twice and replays old pushes out of order, and asks for pages of random sizes.
 */
final class FaultyLine implements HubConnection {

    private final HubConnection hub;
    private final Random random;
    private final List<List<Mutation>> sent = new ArrayList<>();
    boolean online = true;
    boolean faulty = true;

    FaultyLine(HubConnection hub, Random random) {
        this.hub = hub;
        this.random = random;
    }

    @Override
    public String hubUrl() {
        return hub.hubUrl();
    }

    @Override
    public Long hubOffsetMillis() {
        return hub.hubOffsetMillis();
    }

    @Override
    public HubApi.Signed login(String user, char[] password) {
        return deliver(() -> hub.login(user, password));
    }

    @Override
    public HubApi.Signed refresh(String refreshToken) {
        return deliver(() -> hub.refresh(refreshToken));
    }

    @Override
    public HubApi.Pushed push(String token, List<Mutation> mutations) {
        return deliver(() -> {
            if (faulty && !sent.isEmpty() && random.nextInt(8) == 0) {
                try {
                    hub.push(token, sent.get(random.nextInt(sent.size())));
                } catch (HubException ignored) {
                    // An old push can arrive after a gap appeared; the hub refusing it is the point.
                }
            }
            sent.add(mutations);
            HubApi.Pushed answer = hub.push(token, mutations);
            if (faulty && random.nextInt(8) == 0) {
                answer = hub.push(token, mutations);
            }
            return answer;
        });
    }

    @Override
    public PulledPage pull(String token, long cursor, int limit) {
        return deliver(() -> hub.pull(token, cursor, 1 + random.nextInt(20)));
    }

    @Override
    public HubApi.SnapshotStart snapshotStart(String token) {
        return deliver(() -> hub.snapshotStart(token));
    }

    @Override
    public SnapshotPage snapshot(String token, String table, UUID after, int limit) {
        return deliver(() -> hub.snapshot(token, table, after, 1 + random.nextInt(5)));
    }

    @Override
    public List<SnapshotRow> rows(String token, String table, List<UUID> ids) {
        return deliver(() -> hub.rows(token, table, ids));
    }

    @Override
    public HubApi.BlobStatus blobStatus(String token, String sha) {
        return deliver(() -> hub.blobStatus(token, sha));
    }

    @Override
    public HubApi.BlobStatus uploadBlob(String token, String sha, long offset, long size, byte[] bytes) {
        return deliver(() -> hub.uploadBlob(token, sha, offset, size, bytes));
    }

    @Override
    public long downloadBlob(String token, String sha, long offset, java.io.OutputStream into) {
        return deliver(() -> hub.downloadBlob(token, sha, offset, into));
    }

    private <T> T deliver(Supplier<T> call) {
        if (!online || faulty && random.nextInt(10) == 0) {
            throw new HubException(HubException.Kind.UNREACHABLE, "request lost");
        }
        T answer = call.get();
        if (faulty && random.nextInt(10) == 0) {
            throw new HubException(HubException.Kind.UNREACHABLE, "answer lost");
        }
        return answer;
    }
}
