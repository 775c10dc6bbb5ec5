package org.techbench.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The store's key wrapped by the technician's passphrase, in {@code techbench.key} beside the store:
 * PBKDF2-HMAC-SHA256 turns the passphrase into a key that AES-GCM wraps the store key with. A wrong
 * passphrase fails GCM's check, so it is told apart from a damaged store before H2 sees the file.
 */
public final class KeyFile {

    /** OWASP's 2023 advice for PBKDF2-HMAC-SHA256; the count is kept in the file, so it can grow later. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final String KDF = "PBKDF2WithHmacSHA256";
    private static final byte[] CONTEXT = "techbench store key 1".getBytes(StandardCharsets.US_ASCII);

    private final int iterations;

    public KeyFile(int iterations) {
        this.iterations = iterations;
    }

    /** Writes {@code key} wrapped by {@code passphrase} to {@code file}, replacing any older one whole or not at all. */
    public void write(Path file, StoreKey key, char[] passphrase) {
        byte[] salt = random(16);
        byte[] nonce = random(12);
        Properties properties = new Properties();
        properties.setProperty("format", "1");
        properties.setProperty("kdf", KDF);
        properties.setProperty("iterations", Integer.toString(iterations));
        properties.setProperty("salt", b64(salt));
        properties.setProperty("nonce", b64(nonce));
        properties.setProperty("wrapped", b64(cipher(Cipher.ENCRYPT_MODE, passphrase, salt, iterations, nonce, key.bytes())));
        properties.setProperty("fingerprint", key.fingerprint());
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.ISO_8859_1)) {
                properties.store(out, "TechBench store key, wrapped by the passphrase. Without it and the passphrase the store cannot be read.");
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException(StoreProblem.NOT_WRITABLE, file, "Cannot write the key file " + file + " ("
                    + e.getMessage() + ").", e);
        }
    }

    /** The store key, unwrapped by the passphrase; a wrong passphrase or an unreadable file says which. */
    public static StoreKey unlock(Path file, char[] passphrase) {
        Properties properties = read(file);
        try {
            byte[] salt = Base64.getDecoder().decode(required(properties, "salt", file));
            byte[] nonce = Base64.getDecoder().decode(required(properties, "nonce", file));
            byte[] wrapped = Base64.getDecoder().decode(required(properties, "wrapped", file));
            int iterations = Integer.parseInt(required(properties, "iterations", file));
            return new StoreKey(cipher(Cipher.DECRYPT_MODE, passphrase, salt, iterations, nonce, wrapped));
        } catch (WrongPassphrase e) {
            throw new StoreException(StoreProblem.WRONG_PASSPHRASE, file, "The passphrase does not unlock the store.", null);
        } catch (IllegalArgumentException e) {
            throw unreadable(file, e.getMessage(), e);
        }
    }

    /** The fingerprint the file says its key has, read without the passphrase. */
    public static String fingerprint(Path file) {
        return required(read(file), "fingerprint", file);
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw unreadable(file, e.getMessage(), e);
        }
        if (!"1".equals(properties.getProperty("format")) || !KDF.equals(properties.getProperty("kdf"))) {
            throw unreadable(file, "not a TechBench key file of format 1", null);
        }
        return properties;
    }

    private static String required(Properties properties, String name, Path file) {
        String value = properties.getProperty(name);
        if (value == null || value.isBlank()) {
            throw unreadable(file, "no " + name, null);
        }
        return value.trim();
    }

    private static StoreException unreadable(Path file, String reason, Throwable cause) {
        return new StoreException(StoreProblem.KEY_UNREADABLE, file, "The store's key file " + file + " cannot be read ("
                + reason + "). Put back the key file from where this store was copied, or restore a backup.", cause);
    }

    /** Derives a key from a random passphrase and throws it away: the JIT compiles the derivation before a real one. */
    static void deriveThrowaway(int rounds) {
        char[] passphrase = new String(random(12), StandardCharsets.ISO_8859_1).toCharArray();
        try {
            SecretKeyFactory.getInstance(KDF).generateSecret(new PBEKeySpec(passphrase, random(16), rounds, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is part of every JDK", e);
        }
    }

    private static byte[] cipher(int mode, char[] passphrase, byte[] salt, int iterations, byte[] nonce, byte[] input) {
        try {
            var spec = new PBEKeySpec(passphrase, salt, iterations, 256);
            byte[] derived = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
            spec.clearPassword();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(derived, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(CONTEXT);
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new WrongPassphrase();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 and AES-GCM are part of every JDK", e);
        }
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static final class WrongPassphrase extends RuntimeException {
        WrongPassphrase() {
            super(null, null, false, false);
        }
    }
}
