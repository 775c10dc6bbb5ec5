package org.techbench.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The random key a store and its attachments are encrypted with. It never changes for a store: a
 * new passphrase only wraps it again (see {@link KeyFile}), so nothing has to be re-encrypted.
 */
public final class StoreKey {

    static final int BYTES = 32;

    private final byte[] bytes;

    StoreKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("A store key has " + BYTES + " bytes, not " + bytes.length);
        }
        this.bytes = bytes.clone();
    }

    /** A new key from the system's strong random source. */
    public static StoreKey random() {
        byte[] bytes = new byte[BYTES];
        new SecureRandom().nextBytes(bytes);
        return new StoreKey(bytes);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /** H2's file password: the key in hex (H2 wants no spaces in it). */
    char[] filePassword() {
        return HexFormat.of().formatHex(bytes).toCharArray();
    }

    /** The file password as H2 turns it into bytes (UTF-16, high byte first) before deriving a file's AES key from it. */
    byte[] filePasswordBytes() {
        return new String(filePassword()).getBytes(StandardCharsets.UTF_16BE);
    }

    SecretKey aes() {
        return new SecretKeySpec(bytes, "AES");
    }

    /** A short name for the key that reveals nothing of it: a backup records it to know which key it needs. */
    public String fingerprint() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoreKey key && MessageDigest.isEqual(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "StoreKey[" + fingerprint() + "]";
    }
}
