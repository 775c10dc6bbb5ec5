package org.techbench.service.sync;

import java.io.IOException;
import java.io.OutputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techbench.i18n.Texts;
import org.techbench.store.AttachmentFiles;
import org.techbench.store.AttachmentRepository;
import org.techbench.sync.HubApi;
import org.techbench.sync.HubConnection;
import org.techbench.sync.HubException;

/**
 * Moves attachment bytes between the laptop's attachments folder and the hub, apart from the
 * rows: uploads in chunks that resume where the hub's copy stops, downloads into a partial file
 * that resumes where it stopped and becomes the attachment only when its SHA-256 is right.
 * Existing local bytes are never overwritten.
 */
final class AttachmentTransfer {

    /**
     * Bytes per upload request and per row on the hub. With 1 MB rows the hub's H2 once failed to
     * read back its own file mid-upload (CI, 2026-11-28); smaller rows keep its pages small.
     */
    static final int CHUNK = 256 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(AttachmentTransfer.class);
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");

    private final Path folder;
    /** The bytes as the laptop keeps them; the hub is sent and sends them plain. */
    private final AttachmentFiles files;
    private final AttachmentRepository attachments;
    private final Clock clock;
    private final Supplier<Texts> texts;

    AttachmentTransfer(AttachmentFiles files, AttachmentRepository attachments, Clock clock, Supplier<Texts> texts) {
        this.folder = files.folder();
        this.files = files;
        this.attachments = attachments;
        this.clock = clock;
        this.texts = texts;
    }

    /** Runs a call to the hub with the session's token, renewing the session once when it has ended. */
    interface Session {
        <T> T call(Function<String, T> call);
    }

    /** What a transfer round did: bytes moved, and what could not be moved and why. */
    record Outcome(int uploaded, int downloaded, List<String> problems) {
    }

    /** Uploads the bytes the hub lacks; {@code hub} runs a call with the session's token. */
    Outcome upload(HubConnection connection, Session session) {
        int uploaded = 0;
        List<String> problems = new ArrayList<>();
        for (AttachmentRepository.Bytes bytes : attachments.notYetSent()) {
            Path file = folder.resolve(bytes.sha256());
            if (!SHA.matcher(bytes.sha256()).matches() || !Files.isRegularFile(file)) {
                continue;
            }
            try {
                HubApi.BlobStatus status = session.call(token -> connection.blobStatus(token, bytes.sha256()));
                long offset = status.complete() ? bytes.size() : status.received();
                try (InputStream in = files.open(bytes.sha256())) {
                    in.skipNBytes(offset);
                    while (offset < bytes.size()) {
                        byte[] chunk = in.readNBytes((int) Math.min(CHUNK, bytes.size() - offset));
                        long at = offset;
                        status = session.call(token -> connection.uploadBlob(token, bytes.sha256(), at, bytes.size(), chunk));
                        offset = status.received();
                    }
                }
                attachments.markSent(bytes.sha256(), OffsetDateTime.now(clock));
                uploaded++;
            } catch (HubException e) {
                if (e.kind() == HubException.Kind.UNREACHABLE || e.kind() == HubException.Kind.SIGN_IN) {
                    throw e;
                }
                problems.add(e.getMessage());
            } catch (IOException e) {
                problems.add(texts.get().get("laptop.attachmentUnreadable", file, e.getMessage()));
            }
        }
        return new Outcome(uploaded, 0, problems);
    }

    /** Downloads the bytes of attachments whose file is missing here. */
    Outcome download(HubConnection connection, Session session) {
        int downloaded = 0;
        List<String> problems = new ArrayList<>();
        for (AttachmentRepository.Bytes bytes : attachments.all()) {
            Path target = folder.resolve(bytes.sha256());
            if (!SHA.matcher(bytes.sha256()).matches() || Files.exists(target)) {
                continue;
            }
            Path partial = folder.resolve(bytes.sha256() + ".part");
            try {
                Files.createDirectories(folder);
                long have = Files.exists(partial) ? Files.size(partial) : 0;
                if (have < bytes.size()) {
                    long from = have;
                    try (OutputStream into = Files.newOutputStream(partial, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                        session.call(token -> connection.downloadBlob(token, bytes.sha256(), from, into));
                    }
                }
                if (!bytes.sha256().equals(sha256(partial))) {
                    Files.delete(partial);
                    problems.add(texts.get().get("laptop.attachmentDamaged", bytes.sha256()));
                    continue;
                }
                if (Files.exists(target)) {
                    Files.delete(partial);
                } else {
                    files.adopt(partial, bytes.sha256());
                    downloaded++;
                }
            } catch (HubException e) {
                if (e.kind() == HubException.Kind.UNREACHABLE || e.kind() == HubException.Kind.SIGN_IN) {
                    throw e;
                }
                // Bytes not (yet) on the hub: their uploader has not synced since attaching them.
                LOG.debug("Attachment {} not downloaded: {}", bytes.sha256(), e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write attachments into " + folder, e);
            }
        }
        return new Outcome(0, downloaded, problems);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
