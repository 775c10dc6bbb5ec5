package org.techbench.store;

import static org.techbench.schema.Tables.ATTACHMENT;
import static org.techbench.schema.Tables.SYNC_BLOB_SENT;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.techbench.domain.attachment.Attachment;
import org.techbench.replication.CapturingTransaction;
import org.techbench.schema.tables.records.AttachmentRecord;

/** Attachment metadata; the bytes live in files beside the database, named by their SHA-256. */
public final class AttachmentRepository {

    private final Store store;

    public AttachmentRepository(Store store) {
        this.store = store;
    }

    public void insert(CapturingTransaction tx, Attachment a) {
        AttachmentRecord r = new AttachmentRecord();
        r.setId(a.id());
        r.setSiteId(a.siteId());
        r.setSha256(a.sha256());
        r.setFileName(a.fileName());
        r.setMediaType(a.mediaType());
        r.setSizeBytes(a.sizeBytes());
        r.setOwnerTable(a.ownerTable());
        r.setOwnerId(a.ownerId());
        r.setArchived(false);
        tx.insert(r);
        tx.audit("attach", ATTACHMENT.getName(), a.id(), a.siteId(), a.fileName() + " to " + a.ownerTable());
    }

    /** An attachment's bytes as sync moves them: their SHA-256 and size. */
    public record Bytes(String sha256, long size) {
    }

    /** Bytes of live attachments the hub has not yet confirmed holding. */
    public List<Bytes> notYetSent() {
        return store.dsl().selectDistinct(ATTACHMENT.SHA256, ATTACHMENT.SIZE_BYTES).from(ATTACHMENT)
                .where(ATTACHMENT.SHA256.notIn(DSL.select(SYNC_BLOB_SENT.SHA256).from(SYNC_BLOB_SENT)))
                .fetch(r -> new Bytes(r.value1(), r.value2()));
    }

    /** Bytes of every attachment this laptop knows of, for finding those whose file is missing. */
    public List<Bytes> all() {
        return store.dsl().selectDistinct(ATTACHMENT.SHA256, ATTACHMENT.SIZE_BYTES).from(ATTACHMENT)
                .fetch(r -> new Bytes(r.value1(), r.value2()));
    }

    /** Remembers that the hub holds these bytes whole. */
    public void markSent(String sha256, OffsetDateTime at) {
        store.dsl().insertInto(SYNC_BLOB_SENT).set(SYNC_BLOB_SENT.SHA256, sha256).set(SYNC_BLOB_SENT.SENT_AT, at)
                .onConflictDoNothing().execute();
    }

    public List<Attachment> of(String ownerTable, UUID ownerId) {
        return of(ownerTable, List.of(ownerId));
    }

    /** The attachments of several records of one table, in one read. */
    public List<Attachment> of(String ownerTable, java.util.Collection<UUID> ownerIds) {
        if (ownerIds.isEmpty()) {
            return List.of();
        }
        return store.dsl().selectFrom(ATTACHMENT).where(ATTACHMENT.OWNER_TABLE.eq(ownerTable))
                .and(ATTACHMENT.OWNER_ID.in(ownerIds)).and(ATTACHMENT.ARCHIVED.isFalse())
                .fetch(r -> new Attachment(r.getId(), r.getSiteId(), r.getSha256(), r.getFileName(), r.getMediaType(),
                        r.getSizeBytes(), r.getOwnerTable(), r.getOwnerId()));
    }
}
