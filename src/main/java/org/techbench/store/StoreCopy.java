package org.techbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/** A copy of a store file: how many bytes it holds and their SHA-256, which tells a later read of it from a changed one. */
public record StoreCopy(long bytes, String sha256) {

    /**
     * Copies {@code in} to every one of {@code outs}, hashing what passes; stops early (returning
     * what was copied so far) when {@code cancelled} says so.
     */
    public static StoreCopy copy(InputStream in, List<OutputStream> outs, BooleanSupplier cancelled, LongConsumer bytesCopied)
            throws IOException {
        MessageDigest sha256 = newSha256();
        byte[] buffer = new byte[1 << 20];
        long copied = 0;
        for (int n = in.readNBytes(buffer, 0, buffer.length); n > 0; n = in.readNBytes(buffer, 0, buffer.length)) {
            sha256.update(buffer, 0, n);
            for (OutputStream out : outs) {
                out.write(buffer, 0, n);
            }
            copied += n;
            bytesCopied.accept(copied);
            if (cancelled.getAsBoolean()) {
                break;
            }
        }
        return new StoreCopy(copied, HexFormat.of().formatHex(sha256.digest()));
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
