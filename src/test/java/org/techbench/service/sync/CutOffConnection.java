package org.techbench.service.sync;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.techbench.domain.sync.Mutation;
import org.techbench.domain.sync.PulledPage;
import org.techbench.domain.sync.SnapshotPage;
import org.techbench.domain.sync.SnapshotRow;
import org.techbench.sync.HubApi;
import org.techbench.sync.HubConnection;
import org.techbench.sync.HubException;

/** A real connection to the hub whose line goes dead after a given number of attachment uploads, or part-way through a download. */
final class CutOffConnection implements HubConnection {

    private final HubConnection line;
    final List<Long> uploadOffsets = new ArrayList<>();
    int uploadsBeforeCut = Integer.MAX_VALUE;
    final List<Long> downloadOffsets = new ArrayList<>();
    /** The next download's line goes dead after this many bytes have arrived. */
    long downloadBytesBeforeCut = Long.MAX_VALUE;

    CutOffConnection(HubConnection line) {
        this.line = line;
    }

    @Override
    public HubApi.BlobStatus uploadBlob(String token, String sha, long offset, long size, byte[] bytes) {
        if (uploadsBeforeCut-- <= 0) {
            throw new HubException(HubException.Kind.UNREACHABLE, "The hub at " + hubUrl() + " cannot be reached (cut off).");
        }
        uploadOffsets.add(offset);
        return line.uploadBlob(token, sha, offset, size, bytes);
    }

    @Override
    public String hubUrl() {
        return line.hubUrl();
    }

    @Override
    public Long hubOffsetMillis() {
        return line.hubOffsetMillis();
    }

    @Override
    public HubApi.Signed login(String user, char[] password) {
        return line.login(user, password);
    }

    @Override
    public HubApi.Signed refresh(String refreshToken) {
        return line.refresh(refreshToken);
    }

    @Override
    public HubApi.Pushed push(String token, List<Mutation> mutations) {
        return line.push(token, mutations);
    }

    @Override
    public PulledPage pull(String token, long cursor, int limit) {
        return line.pull(token, cursor, limit);
    }

    @Override
    public HubApi.SnapshotStart snapshotStart(String token) {
        return line.snapshotStart(token);
    }

    @Override
    public SnapshotPage snapshot(String token, String table, UUID after, int limit) {
        return line.snapshot(token, table, after, limit);
    }

    @Override
    public List<SnapshotRow> rows(String token, String table, List<UUID> ids) {
        return line.rows(token, table, ids);
    }

    @Override
    public HubApi.BlobStatus blobStatus(String token, String sha) {
        return line.blobStatus(token, sha);
    }

    @Override
    public long downloadBlob(String token, String sha, long offset, OutputStream into) {
        downloadOffsets.add(offset);
        long allowed = downloadBytesBeforeCut;
        downloadBytesBeforeCut = Long.MAX_VALUE;
        return line.downloadBlob(token, sha, offset, new FilterOutputStream(into) {
            private long written;

            @Override
            public void write(byte[] bytes, int from, int length) throws IOException {
                int passed = (int) Math.min(length, allowed - written);
                out.write(bytes, from, passed);
                written += passed;
                if (passed < length) {
                    throw new IOException("cut off after " + written + " bytes");
                }
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }
        });
    }
}
