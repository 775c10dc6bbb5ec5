package org.techbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A copy of a store file: how many bytes it holds and their SHA-256, which tells a later read of it from a changed one. */
public record StoreCopy(long bytes, String sha256) {

    /** Copies {@code in} to {@code out}, hashing what passes. */
    public static StoreCopy copy(InputStream in, OutputStream out) throws IOException {
        MessageDigest sha256 = newSha256();
        byte[] buffer = new byte[1 << 20];
        long copied = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            sha256.update(buffer, 0, n);
            out.write(buffer, 0, n);
            copied += n;
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
