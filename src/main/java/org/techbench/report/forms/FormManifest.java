package org.techbench.report.forms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * What a printed form's hidden sheet says about one form: which sheet it is on, for which asset
 * and checklist version, the item on each row, and where its sign-off block is, sealed with a
 * checksum so that a changed identifier is noticed rather than imported against the wrong item.
 */
record FormManifest(UUID formId, String sheet, UUID assetId, UUID templateId, int templateVersion, List<UUID> itemIds,
                    int signRow) {

    /** The hidden sheet's name. */
    static final String SHEET = "techbench-forms";

    /** The layout version of the forms this code writes and reads. */
    static final String LAYOUT = "TechBench checklist form 1";

    FormManifest {
        itemIds = List.copyOf(itemIds);
    }

    String checksum() {
        String sealed = formId + "|" + sheet + "|" + (assetId == null ? "" : assetId) + "|" + templateId + "|"
                + templateVersion + "|" + itemIds + "|" + signRow;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sealed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
