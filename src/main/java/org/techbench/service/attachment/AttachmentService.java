package org.techbench.service.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.techbench.domain.attachment.Attachment;
import org.techbench.i18n.Texts;
import org.techbench.replication.Ids;
import org.techbench.service.RefusedException;
import org.techbench.store.AttachmentFiles;
import org.techbench.store.AttachmentRepository;
import org.techbench.store.Store;

/** Photos and files attached to records: the bytes are copied beside the store under their SHA-256. */
public final class AttachmentService {

    private final Store store;
    private final AttachmentFiles files;
    private final AttachmentRepository attachments;
    private final Supplier<UUID> technician;
    private final Supplier<Texts> refusals;

    public AttachmentService(Store store, AttachmentRepository attachments, Supplier<UUID> technician, Supplier<Texts> refusals) {
        this.store = store;
        this.files = AttachmentFiles.of(store.folder());
        this.attachments = attachments;
        this.technician = technician;
        this.refusals = refusals;
    }

    /** Attaches a copy of {@code file} to a record; the original file is left as it is. */
    public Attachment attach(String ownerTable, UUID ownerId, UUID siteId, Path file, String mediaType) {
        Attachment attachment = copyIn(ownerTable, ownerId, siteId, file, mediaType);
        store.write(technician.get(), tx -> {
            attachments.insert(tx, attachment);
            return null;
        });
        return attachment;
    }

    /**
     * Copies the file's bytes beside the store and returns the attachment, not yet recorded: the
     * caller records it with {@link #record} in the transaction that writes its owner.
     */
    public Attachment copyIn(String ownerTable, UUID ownerId, UUID siteId, Path file, String mediaType) {
        AttachmentFiles.Stored stored;
        try {
            long size = Files.size(file);
            if (size > Attachment.MAX_SIZE) {
                throw new RefusedException(refusals.get(), "refusal.attachmentTooLarge", file.getFileName(), Math.ceilDiv(size, 1024 * 1024),
                        Attachment.MAX_SIZE / 1024 / 1024);
            }
            try (InputStream in = Files.newInputStream(file)) {
                stored = files.store(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot attach " + file + ": " + e.getMessage(), e);
        }
        return new Attachment(Ids.next(), siteId, stored.sha256(), file.getFileName().toString(), mediaType, stored.size(),
                ownerTable, ownerId);
    }

    /** Records an attachment whose bytes {@link #copyIn} copied, in the caller's transaction. */
    public void record(org.techbench.replication.CapturingTransaction tx, Attachment attachment) {
        attachments.insert(tx, attachment);
    }

    public List<Attachment> of(String ownerTable, UUID ownerId) {
        return attachments.of(ownerTable, ownerId);
    }

    /** The attachments of several records of one table, by record. */
    public java.util.Map<UUID, List<Attachment>> byOwner(String ownerTable, java.util.Collection<UUID> ownerIds) {
        return attachments.of(ownerTable, ownerIds).stream()
                .collect(java.util.stream.Collectors.groupingBy(Attachment::ownerId));
    }

    /** Whether an attachment's bytes are on this laptop (they may still be on their way from the hub). */
    public boolean present(Attachment attachment) {
        return files.has(attachment.sha256());
    }

    /** Writes an attachment's bytes, decrypted where the store is encrypted, to a file the technician chose. */
    public void saveCopy(Attachment attachment, Path target) throws IOException {
        files.copyOut(attachment.sha256(), target);
    }
}
