package org.techbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * The H2 file system an encrypted store is opened through: every file H2 names after the store (the
 * store, the copy it compacts into) goes through {@link EncryptedFileChannel}, except H2's error
 * log. Each store key has its own scheme, named by the key's fingerprint, so the key itself never
 * appears in a path that H2 prints. (Query results H2 would spill to files of its own naming are
 * kept in memory instead; see {@link Store#location}.)
 */
public final class EncryptedFileSystem extends FilePathWrapper {

    private static final String SCHEME_PREFIX = "techbench-aes-";
    private static final String TRACE_SUFFIX = ".trace.db";

    private String scheme;
    private byte[] filePassword;

    /** For H2, which makes its paths' instances by reflection; {@link #getPath} gives them the scheme and key. */
    public EncryptedFileSystem() {
    }

    private EncryptedFileSystem(String scheme, byte[] filePassword) {
        this.scheme = scheme;
        this.filePassword = filePassword;
    }

    /**
     * The H2 file name of {@code base} (a store's path without {@code .mv.db}) read through {@code key};
     * the key's scheme is registered with H2 on first use and kept while the program runs.
     */
    static String fileName(Path base, StoreKey key) {
        String scheme = SCHEME_PREFIX + key.fingerprint();
        if (!(FilePath.get(scheme + ":" + base) instanceof EncryptedFileSystem)) {
            FilePath.register(new EncryptedFileSystem(scheme, key.filePasswordBytes()));
        }
        return scheme + ":" + base.toAbsolutePath();
    }

    @Override
    public String getScheme() {
        return scheme;
    }

    @Override
    public EncryptedFileSystem getPath(String path) {
        return keyed((EncryptedFileSystem) super.getPath(path));
    }

    @Override
    public EncryptedFileSystem wrap(FilePath base) {
        return keyed((EncryptedFileSystem) super.wrap(base));
    }

    private EncryptedFileSystem keyed(EncryptedFileSystem path) {
        if (path != null) {
            path.scheme = scheme;
            path.filePassword = filePassword;
        }
        return path;
    }

    private boolean encrypted() {
        return !name.endsWith(TRACE_SUFFIX);
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        FileChannel plain = getBase().open(mode);
        return encrypted() ? new EncryptedFileChannel(name, plain, filePassword) : plain;
    }

    @Override
    public long size() {
        if (!encrypted()) {
            return getBase().size();
        }
        return EncryptedFileChannel.contentSize(getBase().size());
    }

    @Override
    public InputStream newInputStream() throws IOException {
        return encrypted() ? Channels.newInputStream(open("r")) : getBase().newInputStream();
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        return encrypted() ? newFileChannelOutputStream(open("rw"), append) : getBase().newOutputStream(append);
    }
}
