package org.techbench.store;

import static org.techbench.store.schema.Tables.ATTACHMENT;

import java.util.List;
import java.util.UUID;
import org.techbench.domain.attachment.Attachment;
import org.techbench.store.schema.tables.records.AttachmentRecord;

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

    public List<Attachment> of(String ownerTable, UUID ownerId) {
        return store.dsl().selectFrom(ATTACHMENT).where(ATTACHMENT.OWNER_TABLE.eq(ownerTable))
                .and(ATTACHMENT.OWNER_ID.eq(ownerId)).and(ATTACHMENT.ARCHIVED.isFalse())
                .fetch(r -> new Attachment(r.getId(), r.getSiteId(), r.getSha256(), r.getFileName(), r.getMediaType(),
                        r.getSizeBytes(), r.getOwnerTable(), r.getOwnerId()));
    }
}
