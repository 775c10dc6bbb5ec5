package org.techbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.store.fs.FilePath;

/**
 * Turns a data folder's encryption on and changes its passphrase. The key file is written first,
 * then the attachments and the store are encrypted, each file replaced whole; a run cut off half
 * way is finished at the next opening ({@link #finish}), so no file is ever left unreadable.
 */
public final class StoreEncryption {

    private static final byte[] H2_HEADER = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");
    /** Whole 4 KB sectors, so each write is encrypted without reading anything back. */
    private static final int COPY_BYTES = 1 << 20;

    private final KeyFile keyFile;

    public StoreEncryption(KeyFile keyFile) {
        this.keyFile = keyFile;
    }

    /**
     * Encrypts the closed store of a plain folder, its attachments too, under a new random key
     * wrapped by {@code passphrase}; returns the folder unlocked.
     */
    public DataFolder turnOn(DataFolder folder, char[] passphrase) {
        if (folder.encrypted()) {
            throw new IllegalStateException("The store in " + folder.root() + " is encrypted already");
        }
        try (AutoCloseable lock = Store.lockFolder(folder)) {
            StoreKey key = StoreKey.random();
            keyFile.write(folder.keyFile(), key, passphrase);
            DataFolder unlocked = folder.unlocked(key);
            finish(unlocked);
            return unlocked;
        } catch (StoreException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException(StoreProblem.NOT_WRITABLE, folder.root(), "Could not encrypt the store in "
                    + folder.root() + " (" + e.getMessage() + "). It is encrypted the next time it opens.", e);
        }
    }

    /** Wraps the folder's key with a new passphrase; the current one must unlock it. Nothing else is rewritten. */
    public void changePassphrase(DataFolder folder, char[] current, char[] next) {
        StoreKey key = KeyFile.unlock(folder.keyFile(), current);
        keyFile.write(folder.keyFile(), key, next);
    }

    /**
     * Encrypts whatever of an unlocked folder is still plain: each attachment, then the store.
     * The knowledge index, which holds the articles' words, is removed; it is kept in memory instead.
     */
    static void finish(DataFolder folder) {
        try {
            if (Files.isDirectory(folder.attachments())) {
                AttachmentFiles files = AttachmentFiles.of(folder);
                try (Stream<Path> all = Files.list(folder.attachments())) {
                    for (Path file : all.filter(Files::isRegularFile).toList()) {
                        String name = file.getFileName().toString();
                        if (SHA.matcher(name).matches()) {
                            files.encryptInPlace(name);
                        }
                    }
                }
            }
            deleteTree(folder.knowledgeIndex());
            if (Files.exists(folder.database()) && !isEncrypted(folder.database())) {
                encryptFile(folder.database(), folder.key());
            }
        } catch (IOException e) {
            throw new StoreException(StoreProblem.NOT_WRITABLE, folder.root(), "Could not encrypt the store in "
                    + folder.root() + " (" + e.getMessage() + "). It is tried again the next time the store opens.", e);
        }
    }

    /** Whether a store file is written through H2's file encryption. */
    public static boolean isEncrypted(Path storeFile) throws IOException {
        try (InputStream in = Files.newInputStream(storeFile)) {
            return Arrays.equals(in.readNBytes(H2_HEADER.length), H2_HEADER);
        }
    }

    /**
     * Encrypts a closed plain store file in place: its bytes are written through the key's
     * {@link EncryptedFileSystem} into a file beside it, which replaces the plain one in one move,
     * so a run cut off leaves the plain file as it was (and the partial one is written anew next time).
     */
    static void encryptFile(Path storeFile, StoreKey key) throws IOException {
        Path partial = storeFile.resolveSibling(storeFile.getFileName() + ".encrypting");
        Files.deleteIfExists(partial);
        try (FileChannel plain = FileChannel.open(storeFile, StandardOpenOption.READ);
             FileChannel encrypted = FilePath.get(EncryptedFileSystem.fileName(partial, key)).open("rw")) {
            ByteBuffer buffer = ByteBuffer.allocate(COPY_BYTES);
            long position = 0;
            while (plain.read(buffer.clear(), position) > 0) {
                buffer.flip();
                position += encrypted.write(buffer, position);
            }
            encrypted.force(true);
        }
        Files.move(partial, storeFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
