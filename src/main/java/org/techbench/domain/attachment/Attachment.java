package org.techbench.domain.attachment;

import java.util.UUID;

/** A photo or file attached to a record, identified by the SHA-256 of its bytes. */
public record Attachment(UUID id, UUID siteId, String sha256, String fileName, String mediaType, long sizeBytes,
                         String ownerTable, UUID ownerId) {

    /** The largest attachment, in bytes: the laptop refuses to attach more and the hub to take more. */
    public static final long MAX_SIZE = 25L * 1024 * 1024;

    public Attachment {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("attachment needs a lower-case hex SHA-256");
        }
    }
}
