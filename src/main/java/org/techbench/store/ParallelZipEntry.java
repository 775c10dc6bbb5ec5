package org.techbench.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Puts one large file into a zip as a single deflated entry, deflating pieces of it on two threads
 * and joining them, as pigz does: each piece but the last ends on a flush, so the joined pieces are
 * one deflate stream any unzip reads. On two cores this halves the time deflate takes, which is
 * most of a backup's.
 */
final class ParallelZipEntry {

    private static final int PIECE = 8 << 20;
    private static final int THREADS = 2;
    /** Pieces deflated or being deflated ahead of the one written next; bounds the memory used. */
    private static final int AHEAD = 2 * THREADS;

    private ParallelZipEntry() {
    }

    /**
     * Writes {@code source} into a new {@code zip} as {@code entryName}, the same bytes also to
     * {@code alsoTo}; returns what was read, which is less than the file when {@code cancelled} said so
     * (the zip is then not written).
     */
    static StoreCopy write(InputStream source, Path zip, String entryName, OutputStream alsoTo, BooleanSupplier cancelled,
                           LongConsumer bytesRead) throws IOException {
        Path deflated = zip.resolveSibling(zip.getFileName() + ".deflate");
        ExecutorService deflaters = Executors.newFixedThreadPool(THREADS, Thread.ofPlatform().name("backup-deflate-", 1)
                .daemon().factory());
        try {
            MessageDigest sha256 = StoreCopy.newSha256();
            CRC32 crc = new CRC32();
            long read = 0;
            long written = 0;
            Deque<Future<byte[]>> ahead = new ArrayDeque<>();
            try (OutputStream out = Files.newOutputStream(deflated)) {
                byte[] piece = source.readNBytes(PIECE);
                while (true) {
                    sha256.update(piece);
                    crc.update(piece);
                    alsoTo.write(piece);
                    read += piece.length;
                    bytesRead.accept(read);
                    if (cancelled.getAsBoolean()) {
                        return new StoreCopy(read, HexFormat.of().formatHex(sha256.digest()));
                    }
                    byte[] next = piece.length < PIECE ? new byte[0] : source.readNBytes(PIECE);
                    boolean last = next.length == 0;
                    byte[] input = piece;
                    ahead.addLast(deflaters.submit(() -> deflate(input, last)));
                    while (ahead.size() >= AHEAD || (last && !ahead.isEmpty())) {
                        byte[] done = finished(ahead.removeFirst());
                        out.write(done);
                        written += done.length;
                    }
                    if (last) {
                        break;
                    }
                    piece = next;
                }
            }
            ZipArchiveEntry entry = new ZipArchiveEntry(entryName);
            entry.setMethod(ZipEntry.DEFLATED);
            entry.setSize(read);
            entry.setCompressedSize(written);
            entry.setCrc(crc.getValue());
            try (ZipArchiveOutputStream zipped = new ZipArchiveOutputStream(zip);
                 InputStream raw = Files.newInputStream(deflated)) {
                zipped.addRawArchiveEntry(entry, raw);
            }
            return new StoreCopy(read, HexFormat.of().formatHex(sha256.digest()));
        } finally {
            deflaters.shutdownNow();
            Files.deleteIfExists(deflated);
        }
    }

    /** One piece deflated at the fastest level without a zlib header; all but the last end on a sync flush. */
    private static byte[] deflate(byte[] piece, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(piece);
            ByteArrayOutputStream out = new ByteArrayOutputStream(piece.length / 2 + 64);
            byte[] buffer = new byte[1 << 16];
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                int n;
                do {
                    n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    out.write(buffer, 0, n);
                } while (n == buffer.length || !deflater.needsInput());
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] finished(Future<byte[]> piece) throws IOException {
        try {
            return piece.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while deflating the backup", e);
        } catch (ExecutionException e) {
            throw new IOException("Could not deflate the backup", e.getCause());
        }
    }
}
