package org.techbench.store;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.h2.security.SHA256;
import org.h2.store.fs.FileBaseDefault;

/**
 * A file in H2's encrypted format, read and written through {@link XtsSectors}: a 4 KB header
 * ("H2encrypt", a salt), then the content in XTS-AES sectors of 4 KB. A file written by H2's own
 * {@code CIPHER=AES} opens here and the other way round, so stores and backups keep their format.
 */
final class EncryptedFileChannel extends FileBaseDefault {

    private static final int SECTOR = XtsSectors.SECTOR;
    private static final long WITHIN_SECTOR = SECTOR - 1;
    private static final int HEADER = SECTOR;
    private static final byte[] MAGIC = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int SALT_LENGTH = 8;
    /** H2's rounds from the file password to the file's AES key; part of the format, not a defence (the password is a random key). */
    private static final int KEY_ROUNDS = 10;

    private final String name;
    private final FileChannel base;
    private final byte[] filePassword;
    private volatile XtsSectors sectors;
    /** The content's length; on disk, one that is not whole sectors shows as that many bytes after its last sector. */
    private volatile long size;

    EncryptedFileChannel(String name, FileChannel base, byte[] filePassword) {
        // Nothing is read here: the caller may want to lock the file first.
        this.name = name;
        this.base = base;
        this.filePassword = filePassword;
    }

    private XtsSectors sectors() throws IOException {
        XtsSectors ready = sectors;
        return ready != null ? ready : openSectors();
    }

    private synchronized XtsSectors openSectors() throws IOException {
        if (sectors != null) {
            return sectors;
        }
        long fileSize = base.size();
        byte[] salt;
        if (fileSize >= HEADER) {
            byte[] header = new byte[MAGIC.length + SALT_LENGTH];
            readFully(base, 0, ByteBuffer.wrap(header));
            if (!Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
                throw new IOException(name + " is not an encrypted store file");
            }
            salt = Arrays.copyOfRange(header, MAGIC.length, header.length);
            size = contentSize(fileSize);
        } else {
            salt = new byte[SALT_LENGTH];
            new SecureRandom().nextBytes(salt);
            byte[] header = Arrays.copyOf(MAGIC, HEADER);
            System.arraycopy(salt, 0, header, MAGIC.length, SALT_LENGTH);
            writeFully(base, 0, ByteBuffer.wrap(header));
            size = 0;
        }
        // A copy: H2's derivation wipes the password it is given, and this one serves every file of the store.
        sectors = new XtsSectors(SHA256.getPBKDF2(filePassword.clone(), salt, KEY_ROUNDS, 16));
        return sectors;
    }

    /** The length of the content of an encrypted file {@code fileSize} bytes long. */
    static long contentSize(long fileSize) {
        long stored = fileSize - HEADER;
        if (stored < 0) {
            return 0;
        }
        return (stored & WITHIN_SECTOR) == 0 ? stored : stored - SECTOR;
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        if (position < 0) {
            throw new IllegalArgumentException("Negative position " + position);
        }
        if (!dst.hasRemaining()) {
            return 0;
        }
        XtsSectors xts = sectors();
        long content = size;
        if (position >= content) {
            return -1;
        }
        int length = (int) Math.min(dst.remaining(), content - position);
        long first = position & ~WITHIN_SECTOR;
        int skip = (int) (position - first);
        int span = wholeSectors(skip + length);
        if (skip == 0 && span == length && dst.hasArray()) {
            int at = dst.arrayOffset() + dst.position();
            readFully(base, first + HEADER, dst.slice(dst.position(), length));
            xts.decrypt(dst.array(), at, length, first / SECTOR);
            dst.position(dst.position() + length);
            return length;
        }
        byte[] plain = new byte[span];
        readFully(base, first + HEADER, ByteBuffer.wrap(plain));
        xts.decrypt(plain, 0, span, first / SECTOR);
        dst.put(plain, skip, length);
        return length;
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        XtsSectors xts = sectors();
        int length = src.remaining();
        long before = size;
        long first = position & ~WITHIN_SECTOR;
        int skip = (int) (position - first);
        int span = wholeSectors(skip + length);
        byte[] sectorsToWrite = new byte[span];
        if (skip != 0 || span != length) {
            // Keep what the first and last sectors already hold around the written bytes.
            int kept = (int) Math.clamp(wholeSectors(before) - first, 0, span);
            if (kept > 0) {
                readFully(base, first + HEADER, ByteBuffer.wrap(sectorsToWrite, 0, kept));
                xts.decrypt(sectorsToWrite, 0, kept, first / SECTOR);
            }
        }
        src.get(sectorsToWrite, skip, length);
        xts.encrypt(sectorsToWrite, 0, span, first / SECTOR);
        writeFully(base, first + HEADER, ByteBuffer.wrap(sectorsToWrite));
        long end = position + length;
        if (end > before) {
            size = end;
            int partial = (int) (end & WITHIN_SECTOR);
            if (partial > 0) {
                writeFully(base, HEADER + wholeSectors(end), ByteBuffer.allocate(partial));
            }
            if ((before & WITHIN_SECTOR) != 0) {
                base.truncate(HEADER + wholeSectors(end) + partial); // the old length's marker bytes
            }
        }
        return length;
    }

    @Override
    public long size() throws IOException {
        sectors();
        return size;
    }

    @Override
    protected void implTruncate(long newSize) throws IOException {
        sectors();
        if (newSize < 0) {
            throw new IllegalArgumentException("Negative size " + newSize);
        }
        if (newSize >= size) {
            return;
        }
        base.truncate((newSize & WITHIN_SECTOR) == 0 ? HEADER + newSize : HEADER + newSize + SECTOR);
        size = newSize;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return base.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        base.close();
    }

    @Override
    public String toString() {
        return name;
    }

    private static int wholeSectors(int bytes) {
        return (bytes + SECTOR - 1) / SECTOR * SECTOR;
    }

    private static long wholeSectors(long bytes) {
        return (bytes + SECTOR - 1) / SECTOR * SECTOR;
    }

    private static void readFully(FileChannel file, long position, ByteBuffer dst) throws IOException {
        while (dst.hasRemaining()) {
            int read = file.read(dst, position);
            if (read < 0) {
                throw new EOFException("The encrypted file ends before position " + (position + dst.remaining()));
            }
            position += read;
        }
    }

    private static void writeFully(FileChannel file, long position, ByteBuffer src) throws IOException {
        while (src.hasRemaining()) {
            position += file.write(src, position);
        }
    }
}
