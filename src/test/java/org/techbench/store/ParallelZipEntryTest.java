package org.techbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large file deflated in pieces on two threads is one zip entry that any unzip reads back byte for byte. */
class ParallelZipEntryTest {

    @TempDir
    Path folder;

    /** 21 MB, three pieces and a part: half random bytes, half text, as a store file mixes them. */
    private static byte[] storeLikeBytes() {
        byte[] bytes = new byte[21 * 1024 * 1024 + 12345];
        Random random = new Random(20261206);
        for (int i = 0; i < bytes.length; i += 4096) {
            if ((i / 4096) % 2 == 0) {
                byte[] block = new byte[Math.min(4096, bytes.length - i)];
                random.nextBytes(block);
                System.arraycopy(block, 0, bytes, i, block.length);
            } else {
                for (int j = i; j < Math.min(i + 4096, bytes.length); j++) {
                    bytes[j] = (byte) "asset S001-PC-0042 in service ".charAt(j % 30);
                }
            }
        }
        return bytes;
    }

    @Test
    void aFileOfSeveralPiecesUnzipsToTheSameBytes() throws Exception {
        byte[] original = storeLikeBytes();
        Path zip = folder.resolve("backup.zip");

        StoreCopy copy = ParallelZipEntry.write(new ByteArrayInputStream(original), zip, "techbench.mv.db",
                OutputStream.nullOutputStream(), () -> false, bytes -> { });

        try (ZipInputStream in = new ZipInputStream(java.nio.file.Files.newInputStream(zip))) {
            ZipEntry entry = in.getNextEntry();
            assertThat(entry.getName()).isEqualTo("techbench.mv.db");
            assertThat(in.readAllBytes()).isEqualTo(original);
            assertThat(in.getNextEntry()).isNull();
        }
        try (ZipFile file = new ZipFile(zip.toFile()); InputStream in = file.getInputStream(file.getEntry("techbench.mv.db"))) {
            assertThat(in.readAllBytes()).isEqualTo(original);
        }
        assertThat(copy.bytes()).isEqualTo(original.length);
        assertThat(copy.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original)));
    }

    @Test
    void theSameBytesGoToThePlainCopy() throws Exception {
        byte[] original = storeLikeBytes();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();

        ParallelZipEntry.write(new ByteArrayInputStream(original), folder.resolve("backup.zip"), "techbench.mv.db", plain,
                () -> false, bytes -> { });

        assertThat(plain.toByteArray()).isEqualTo(original);
    }

    @Test
    void aCancelledCopyLeavesNoZipAndNothingHalfDeflatedBeside() throws Exception {
        Path zip = folder.resolve("backup.zip");
        long[] heard = {0};

        StoreCopy copy = ParallelZipEntry.write(new ByteArrayInputStream(storeLikeBytes()), zip, "techbench.mv.db",
                OutputStream.nullOutputStream(), () -> heard[0] >= 8 << 20, bytes -> heard[0] = bytes);

        assertThat(copy.bytes()).isEqualTo(8 << 20);
        assertThat(zip).doesNotExist();
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void anEmptyFileIsAnEmptyEntry() throws Exception {
        Path zip = folder.resolve("backup.zip");

        ParallelZipEntry.write(new ByteArrayInputStream(new byte[0]), zip, "techbench.mv.db", OutputStream.nullOutputStream(),
                () -> false, bytes -> { });

        try (ZipInputStream in = new ZipInputStream(java.nio.file.Files.newInputStream(zip))) {
            assertThat(in.getNextEntry().getName()).isEqualTo("techbench.mv.db");
            assertThat(in.readAllBytes()).isEmpty();
        }
    }
}
