package org.techbench.sync.hub;

import static org.techbench.schema.Tables.ATTACHMENT;
import static org.techbench.schema.Tables.HUB_BLOB;
import static org.techbench.schema.Tables.HUB_BLOB_CHUNK;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.techbench.domain.attachment.Attachment;
import org.techbench.sync.HubApi;

/**
 * Attachment bytes on the hub, by SHA-256, kept in the database in chunks so that an upload cut
 * off midway resumes where it stopped and several hubs can share one database. Bytes that do not
 * hash to their name are refused and forgotten.
 */
public final class HubBlobs {

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");
    private static final HubApi.BlobStatus MISMATCH = new HubApi.BlobStatus("mismatch", 0, 0, false);

    private final DSLContext dsl;

    public HubBlobs(HubDatabase database) {
        this.dsl = database.dsl();
    }

    /** How much of an attachment the hub holds; an unknown one is 0 of 0. */
    HubApi.BlobStatus status(String sha) {
        check(sha);
        var blob = dsl.selectFrom(HUB_BLOB).where(HUB_BLOB.SHA256.eq(sha)).fetchOne();
        return blob == null ? new HubApi.BlobStatus(sha, 0, 0, false)
                : new HubApi.BlobStatus(sha, blob.getSizeBytes(), blob.getReceived(), blob.getComplete());
    }

    /** Takes the bytes from {@code offset} on; the whole is checked against its name when the last arrive. */
    HubApi.BlobStatus upload(String sha, long offset, long size, byte[] bytes) {
        check(sha);
        if (size > Attachment.MAX_SIZE) {
            throw new HubRefusal(413, "hub.attachmentTooLarge", Attachment.MAX_SIZE / 1024 / 1024,
                    Math.ceilDiv(size, 1024 * 1024));
        }
        if (size <= 0 || offset < 0 || offset + bytes.length > size) {
            throw new HubRefusal(400, "hub.uploadDoesNotFit");
        }
        HubApi.BlobStatus status = dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            var blob = tx.selectFrom(HUB_BLOB).where(HUB_BLOB.SHA256.eq(sha)).forUpdate().fetchOne();
            if (blob == null) {
                tx.insertInto(HUB_BLOB).set(HUB_BLOB.SHA256, sha).set(HUB_BLOB.SIZE_BYTES, size).set(HUB_BLOB.RECEIVED, 0L)
                        .set(HUB_BLOB.COMPLETE, false).onConflictDoNothing().execute();
                blob = tx.selectFrom(HUB_BLOB).where(HUB_BLOB.SHA256.eq(sha)).forUpdate().fetchSingle();
            }
            if (blob.getComplete()) {
                return new HubApi.BlobStatus(sha, blob.getSizeBytes(), blob.getReceived(), true);
            }
            if (blob.getSizeBytes() != size) {
                throw new HubRefusal(409, "hub.uploadUnderWay");
            }
            if (offset != blob.getReceived()) {
                throw new HubRefusal(409, "hub.uploadContinue", blob.getReceived());
            }
            tx.insertInto(HUB_BLOB_CHUNK).set(HUB_BLOB_CHUNK.SHA256, sha).set(HUB_BLOB_CHUNK.START_AT, offset)
                    .set(HUB_BLOB_CHUNK.BYTES, bytes).execute();
            long received = offset + bytes.length;
            boolean complete = received == size;
            if (complete && !sha.equals(hashOf(tx, sha))) {
                tx.deleteFrom(HUB_BLOB_CHUNK).where(HUB_BLOB_CHUNK.SHA256.eq(sha)).execute();
                tx.deleteFrom(HUB_BLOB).where(HUB_BLOB.SHA256.eq(sha)).execute();
                return MISMATCH;
            }
            tx.update(HUB_BLOB).set(HUB_BLOB.RECEIVED, received).set(HUB_BLOB.COMPLETE, complete)
                    .where(HUB_BLOB.SHA256.eq(sha)).execute();
            return new HubApi.BlobStatus(sha, size, received, complete);
        });
        if (status == MISMATCH) {
            // Refused after the transaction that forgot the bytes has committed.
            throw new HubRefusal(422, "hub.uploadDamaged");
        }
        return status;
    }

    /** Writes a whole attachment's bytes from {@code offset} on, if the caller may see an attachment with them. */
    void download(Caller caller, String sha, long offset, OutputStream out) {
        check(sha);
        Condition visible = ATTACHMENT.SHA256.eq(sha);
        if (!caller.account().everySite()) {
            visible = visible.and(ATTACHMENT.SITE_ID.isNull().or(ATTACHMENT.SITE_ID.in(caller.siteIds())));
        }
        var blob = dsl.selectFrom(HUB_BLOB).where(HUB_BLOB.SHA256.eq(sha)).fetchOne();
        if (blob == null || !blob.getComplete() || !dsl.fetchExists(ATTACHMENT, visible)) {
            throw new HubRefusal(404, "hub.noAttachment", sha);
        }
        try {
            for (var chunk : dsl.selectFrom(HUB_BLOB_CHUNK).where(HUB_BLOB_CHUNK.SHA256.eq(sha))
                    .orderBy(HUB_BLOB_CHUNK.START_AT).fetch()) {
                long start = chunk.getStartAt();
                byte[] bytes = chunk.getBytes();
                long end = start + bytes.length;
                if (end > offset) {
                    int skip = (int) Math.max(0, offset - start);
                    out.write(bytes, skip, bytes.length - skip);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hashOf(DSLContext tx, String sha) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            tx.select(HUB_BLOB_CHUNK.BYTES).from(HUB_BLOB_CHUNK).where(HUB_BLOB_CHUNK.SHA256.eq(sha))
                    .orderBy(HUB_BLOB_CHUNK.START_AT).forEach(row -> digest.update(row.value1()));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void check(String sha) {
        if (sha == null || !SHA.matcher(sha).matches()) {
            throw new HubRefusal(400, "hub.badAttachmentName");
        }
    }
}
