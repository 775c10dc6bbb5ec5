package org.techbench.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The folder that holds a technician's store, its backups, attachments, settings and logs, with the
 * store's key once the passphrase has unlocked it ({@code null} for a folder that is not encrypted).
 */
public record DataFolder(Path root, StoreKey key) {

    public static final String ENVIRONMENT_VARIABLE = "TECHBENCH_DATA";

    public DataFolder {
        root = root.toAbsolutePath().normalize();
    }

    public DataFolder(Path root) {
        this(root, null);
    }

    /** The same folder with its store's key, unlocked. */
    public DataFolder unlocked(StoreKey unlockedKey) {
        return new DataFolder(root, unlockedKey);
    }

    /** Whether the store here is encrypted: its key file is there, whether or not it is unlocked yet. */
    public boolean encrypted() {
        return Files.exists(keyFile());
    }

    /** The store's key, wrapped by the passphrase ({@link KeyFile}); only in an encrypted folder. */
    public Path keyFile() {
        return root.resolve("techbench.key");
    }

    /** The folder given on the command line, else {@code $TECHBENCH_DATA}, else {@code ~/.techbench}. */
    public static DataFolder resolve(Path option, Map<String, String> environment, Path home) {
        if (option != null) {
            return new DataFolder(option);
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new DataFolder(Path.of(fromEnvironment));
        }
        return new DataFolder(home.resolve(".techbench"));
    }

    public Path database() {
        return root.resolve("techbench.mv.db");
    }

    /** The store file's size when it was last compacted, which tells how far it has grown since. */
    public Path compactedSize() {
        return root.resolve("techbench.compacted");
    }

    public Path lockFile() {
        return root.resolve("techbench.lock");
    }

    public Path backups() {
        return root.resolve("backups");
    }

    /** Attachment bytes, one file per SHA-256. */
    public Path attachments() {
        return root.resolve("attachments");
    }

    /** The knowledge base's search index, rebuilt from the store whenever it is missing or unreadable. */
    public Path knowledgeIndex() {
        return root.resolve("knowledge-index");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path settings() {
        return root.resolve("settings.properties");
    }

    /** How imported files' columns and values were read, for the next file with the same headers. */
    public Path importMemory() {
        return root.resolve("import-memory.properties");
    }

    /** Creates the folder if needed and proves it can be written, or says why not. */
    public DataFolder prepare() {
        try {
            Files.createDirectories(root);
            Path probe = Files.createTempFile(root, ".write-check", ".tmp");
            Files.delete(probe);
            return this;
        } catch (FileSystemException e) {
            String reason = e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
            throw notWritable(reason, e);
        } catch (IOException | SecurityException e) {
            throw notWritable(e.getMessage(), e);
        }
    }

    private StoreException notWritable(String reason, Exception cause) {
        return new StoreException(StoreProblem.NOT_WRITABLE, root,
                "Cannot write to the data folder " + root + " (" + reason + "). "
                        + "Choose another folder with --data or TECHBENCH_DATA, or fix its permissions.", cause);
    }
}
