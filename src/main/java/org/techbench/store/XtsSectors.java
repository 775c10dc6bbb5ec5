package org.techbench.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * XTS-AES over whole 4 KB sectors, as H2 lays out an encrypted file (IEEE P1619 with one key for
 * the data and the tweak), computed with the JDK's AES: its ECB mode runs on the processor's AES
 * instructions, where H2's own AES is table-driven Java at a fifth of the speed.
 */
final class XtsSectors {

    static final int SECTOR = 4096;
    private static final int BLOCK = 16;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final SecretKeySpec key;
    // A Cipher is not safe for concurrent use, and H2 reads a file from several threads at once.
    private final ThreadLocal<Cipher> encrypting;
    private final ThreadLocal<Cipher> decrypting;

    XtsSectors(byte[] aesKey) {
        this.key = new SecretKeySpec(aesKey, "AES");
        this.encrypting = ThreadLocal.withInitial(() -> ecb(Cipher.ENCRYPT_MODE));
        this.decrypting = ThreadLocal.withInitial(() -> ecb(Cipher.DECRYPT_MODE));
    }

    /** Encrypts {@code length} bytes (whole sectors) of {@code data} in place, the first being sector {@code firstSector}. */
    void encrypt(byte[] data, int offset, int length, long firstSector) {
        transform(encrypting.get(), data, offset, length, firstSector);
    }

    /** Decrypts {@code length} bytes (whole sectors) of {@code data} in place, the first being sector {@code firstSector}. */
    void decrypt(byte[] data, int offset, int length, long firstSector) {
        transform(decrypting.get(), data, offset, length, firstSector);
    }

    private void transform(Cipher cipher, byte[] data, int offset, int length, long firstSector) {
        if (length % SECTOR != 0) {
            throw new IllegalArgumentException("Not whole sectors: " + length + " bytes");
        }
        if (length == 0) {
            return;
        }
        byte[] tweaks = tweaks(length / SECTOR, firstSector);
        xor(data, offset, tweaks);
        try {
            // One call for every block of every sector: the JDK's per-call cost is paid once, not per block.
            cipher.doFinal(data, offset, length, data, offset);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES in ECB mode refused whole blocks", e);
        }
        xor(data, offset, tweaks);
    }

    /**
     * Each block's tweak: a sector's first is its number (little-endian) encrypted, each next one
     * the one before multiplied by x in GF(2^128), the 128 bits taken little-endian.
     */
    private byte[] tweaks(int sectors, long firstSector) {
        byte[] tweaks = new byte[sectors * SECTOR];
        byte[] starts = new byte[sectors * BLOCK];
        for (int s = 0; s < sectors; s++) {
            LONGS.set(starts, s * BLOCK, firstSector + s);
        }
        try {
            encrypting.get().doFinal(starts, 0, starts.length, starts, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES in ECB mode refused whole blocks", e);
        }
        for (int s = 0; s < sectors; s++) {
            long low = (long) LONGS.get(starts, s * BLOCK);
            long high = (long) LONGS.get(starts, s * BLOCK + 8);
            for (int at = s * SECTOR, end = at + SECTOR; at < end; at += BLOCK) {
                LONGS.set(tweaks, at, low);
                LONGS.set(tweaks, at + 8, high);
                long carry = high >>> 63;
                high = (high << 1) | (low >>> 63);
                low = (low << 1) ^ (carry * 0x87);
            }
        }
        return tweaks;
    }

    private static void xor(byte[] data, int offset, byte[] tweaks) {
        for (int i = 0; i < tweaks.length; i += 8) {
            LONGS.set(data, offset + i, (long) LONGS.get(data, offset + i) ^ (long) LONGS.get(tweaks, i));
        }
    }

    private Cipher ecb(int mode) {
        try {
            Cipher cipher = Cipher.getInstance("AES/ECB/NoPadding");
            cipher.init(mode, key);
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is part of every JDK", e);
        }
    }
}
