package org.techbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Attachment bytes beside the store, one file per SHA-256 of the bytes. In an encrypted data folder
 * each file is AES-GCM encrypted with the store's key (a header, a nonce, then the ciphertext); a
 * plain file left from before encryption is still read, so nothing is lost while it is converted.
 */
public final class AttachmentFiles {

    private static final byte[] MAGIC = "TBENC001".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE = 12;

    /** An attachment's bytes stored under their hash. */
    public record Stored(String sha256, long size) {
    }

    private final Path folder;
    private final StoreKey key;

    public AttachmentFiles(Path folder, StoreKey key) {
        this.folder = folder;
        this.key = key;
    }

    /** The files of a data folder, encrypted when the folder's store is. */
    public static AttachmentFiles of(DataFolder data) {
        return new AttachmentFiles(data.attachments(), data.key());
    }

    public Path folder() {
        return folder;
    }

    public boolean has(String sha256) {
        return Files.isRegularFile(folder.resolve(sha256));
    }

    /** Stores the bytes read from {@code plain} under their hash; bytes already there are kept once. */
    public Stored store(InputStream plain) throws IOException {
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, "incoming-", ".part");
        try {
            MessageDigest digest = sha256();
            long size;
            try (InputStream in = new DigestInputStream(plain, digest); OutputStream out = sealed(partial)) {
                size = in.transferTo(out);
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            place(partial, sha);
            return new Stored(sha, size);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Takes a complete plain file (a download) into the folder under {@code sha256}, encrypting it if the folder is. */
    public void adopt(Path plainFile, String sha256) throws IOException {
        if (key == null) {
            place(plainFile, sha256);
            return;
        }
        try (InputStream in = Files.newInputStream(plainFile)) {
            Stored stored = store(in);
            if (!stored.sha256().equals(sha256)) {
                throw new IOException("The bytes of " + sha256 + " changed while they were stored");
            }
        }
        Files.deleteIfExists(plainFile);
    }

    /** The plain bytes of an attachment. */
    public InputStream open(String sha256) throws IOException {
        return open(folder.resolve(sha256), key);
    }

    /** Writes an attachment's plain bytes to {@code target} (a copy the technician saves elsewhere). */
    public void copyOut(String sha256, Path target) throws IOException {
        try (InputStream in = open(sha256)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Puts a copy (from a backup: plain, or encrypted with this folder's key) back into the folder as the folder keeps it. */
    public void putBack(Path copy, String sha256) throws IOException {
        if (has(sha256)) {
            return;
        }
        if (isEncrypted(copy) == (key != null)) {
            Files.createDirectories(folder);
            Path partial = folder.resolve(sha256 + ".restoring");
            Files.copy(copy, partial, StandardCopyOption.REPLACE_EXISTING);
            place(partial, sha256);
            return;
        }
        try (InputStream in = open(copy, key)) {
            store(in);
        }
    }

    /** Encrypts a plain file of the folder in place (turning encryption on); one already encrypted is left. */
    public boolean encryptInPlace(String sha256) throws IOException {
        Path file = folder.resolve(sha256);
        if (key == null || isEncrypted(file)) {
            return false;
        }
        Path partial = folder.resolve(sha256 + ".encrypting");
        try (InputStream in = Files.newInputStream(file); OutputStream out = sealed(partial)) {
            in.transferTo(out);
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    /** Whether a file starts with this class's header. */
    public static boolean isEncrypted(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        }
    }

    private static InputStream open(Path file, StoreKey key) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            byte[] head = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(head, MAGIC)) {
                in.close();
                return Files.newInputStream(file); // plain, from before the folder was encrypted
            }
            if (key == null) {
                throw new IOException("The attachment " + file.getFileName() + " is encrypted and the store is not unlocked");
            }
            byte[] nonce = in.readNBytes(NONCE);
            return new CipherInputStream(in, cipher(Cipher.DECRYPT_MODE, key, nonce));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** A stream that writes {@code file} as this folder keeps it: encrypted with a fresh nonce, or plain. */
    private OutputStream sealed(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        if (key == null) {
            return out;
        }
        byte[] nonce = new byte[NONCE];
        new SecureRandom().nextBytes(nonce);
        out.write(MAGIC);
        out.write(nonce);
        return new CipherOutputStream(out, cipher(Cipher.ENCRYPT_MODE, key, nonce));
    }

    private void place(Path complete, String sha256) throws IOException {
        Path target = folder.resolve(sha256);
        if (Files.exists(target)) {
            Files.deleteIfExists(complete);
        } else {
            Files.move(complete, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static Cipher cipher(int mode, StoreKey key, byte[] nonce) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key.aes(), new GCMParameterSpec(128, nonce));
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
