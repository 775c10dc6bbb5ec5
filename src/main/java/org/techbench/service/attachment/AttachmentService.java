package org.techbench.service.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.techbench.domain.attachment.Attachment;
import org.techbench.i18n.Texts;
import org.techbench.replication.Ids;
import org.techbench.service.RefusedException;
import org.techbench.store.AttachmentRepository;
import org.techbench.store.Store;

/** Photos and files attached to records: the bytes are copied beside the store under their SHA-256. */
public final class AttachmentService {

    private final Store store;
    private final AttachmentRepository attachments;
    private final Supplier<UUID> technician;
    private final Supplier<Texts> refusals;

    public AttachmentService(Store store, AttachmentRepository attachments, Supplier<UUID> technician, Supplier<Texts> refusals) {
        this.store = store;
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
        Path folder = store.folder().attachments();
        Path partial;
        String sha;
        long size;
        try {
            size = Files.size(file);
            if (size > Attachment.MAX_SIZE) {
                throw new RefusedException(refusals.get(), "refusal.attachmentTooLarge", file.getFileName(), Math.ceilDiv(size, 1024 * 1024),
                        Attachment.MAX_SIZE / 1024 / 1024);
            }
            Files.createDirectories(folder);
            partial = Files.createTempFile(folder, "incoming-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            sha = HexFormat.of().formatHex(digest.digest());
            Path target = folder.resolve(sha);
            if (Files.exists(target)) {
                Files.delete(partial);
            } else {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot attach " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        return new Attachment(Ids.next(), siteId, sha, file.getFileName().toString(), mediaType, size, ownerTable, ownerId);
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

    /** Where an attachment's bytes are on this laptop (the file may still be on its way from the hub). */
    public Path file(Attachment attachment) {
        return store.folder().attachments().resolve(attachment.sha256());
    }
}
