package org.techbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Random;
import org.h2.store.fs.FilePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDK-AES file layer an encrypted store is read through keeps H2's own encrypted file format. */
class EncryptedFileSystemTest {

    @TempDir
    Path folder;

    private final StoreKey key = StoreKey.random();

    private static final String TABLE = "create table part(id int primary key, name varchar(100))";

    /** A connection through H2's own {@code CIPHER=AES}, with the key as its file password. */
    private Connection h2sOwnCipher(Path base) throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + base + ";CIPHER=AES", "sa", new String(key.filePassword()) + " ");
    }

    private Connection layer(Path base) throws Exception {
        return DriverManager.getConnection(Store.location(base, key), "sa", "");
    }

    private static void fillWithParts(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute(TABLE);
            statement.execute("insert into part select x, 'part ' || x from system_range(1, 20000)");
        }
    }

    /** The parts' count and their first name in text order. */
    private static String partsIn(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*), min(name) from part")) {
            rows.next();
            return rows.getLong(1) + " " + rows.getString(2);
        }
    }

    @Test
    void aStoreWrittenThroughTheLayerOpensWithH2sOwnCipher() throws Exception {
        Path base = folder.resolve("written-here");
        try (Connection layer = layer(base)) {
            fillWithParts(layer);
        }

        try (Connection h2 = h2sOwnCipher(base)) {
            assertThat(partsIn(h2)).isEqualTo("20000 part 1");
        }
    }

    @Test
    void aStoreEncryptedByH2OpensThroughTheLayer() throws Exception {
        Path base = folder.resolve("written-by-h2");
        try (Connection h2 = h2sOwnCipher(base)) {
            fillWithParts(h2);
        }

        try (Connection layer = layer(base)) {
            assertThat(partsIn(layer)).isEqualTo("20000 part 1");
        }
    }

    @Test
    void writesAndReadsAtAnyPositionAndLengthGiveBackWhatWasWritten() throws IOException {
        Path file = folder.resolve("any.bin");
        byte[] expected = new byte[0];
        Random random = new Random(23);
        try (FileChannel channel = FilePath.get(EncryptedFileSystem.fileName(file, key)).open("rw")) {
            for (int i = 0; i < 300; i++) {
                int position = random.nextInt(60_000);
                byte[] bytes = new byte[1 + random.nextInt(i % 10 == 0 ? 20_000 : 700)];
                random.nextBytes(bytes);
                channel.write(ByteBuffer.wrap(bytes), Math.min(position, expected.length));
                int at = Math.min(position, expected.length);
                expected = Arrays.copyOf(expected, Math.max(expected.length, at + bytes.length));
                System.arraycopy(bytes, 0, expected, at, bytes.length);
            }
            assertThat(channel.size()).isEqualTo(expected.length);
        }

        try (FileChannel channel = FilePath.get(EncryptedFileSystem.fileName(file, key)).open("r")) {
            assertThat(channel.size()).as("size read back").isEqualTo(expected.length);
            for (int i = 0; i < 200; i++) {
                int position = random.nextInt(expected.length);
                int length = Math.min(1 + random.nextInt(9000), expected.length - position);
                ByteBuffer read = ByteBuffer.allocate(length);
                channel.read(read, position);
                assertThat(Arrays.mismatch(read.array(), Arrays.copyOfRange(expected, position, position + length)))
                        .as("first differing byte of %d read at %d", length, position).isEqualTo(-1);
            }
        }
    }

    @Test
    void aStoreOpensAgainAfterItsFirstFileWasClosed() throws Exception {
        Path base = folder.resolve("again");
        for (int round = 1; round <= 3; round++) {
            try (Connection layer = DriverManager.getConnection(Store.location(base, key), "sa", "");
                 Statement statement = layer.createStatement()) {
                statement.execute("create table if not exists part(id int primary key, name varchar(100))");
                statement.execute("insert into part values (" + round + ", 'round " + round + "')");
            }
        }

        try (Connection layer = DriverManager.getConnection(Store.location(base, key) + ";IFEXISTS=TRUE", "sa", "");
             Statement statement = layer.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from part")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(3);
        }
    }

    @Test
    void theFileHoldsNoneOfWhatWasWrittenInPlainBytes() throws Exception {
        Path base = folder.resolve("secret");
        try (Connection layer = DriverManager.getConnection(Store.location(base, key), "sa", "");
             Statement statement = layer.createStatement()) {
            statement.execute(TABLE);
            statement.execute("insert into part values (1, 'Kingston DataTraveler serial 7731')");
        }

        String bytes = new String(Files.readAllBytes(folder.resolve("secret.mv.db")), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(bytes).startsWith("H2encrypt\n").doesNotContain("DataTraveler").doesNotContain("part");
    }

    @Test
    void aResultTooLargeForH2sMemoryIsNotWrittenToAPlainTemporaryFile() throws Exception {
        Path base = folder.resolve("large-result");
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        try (Connection layer = DriverManager.getConnection(Store.location(base, key), "sa", "");
             Statement statement = layer.createStatement()) {
            statement.execute(TABLE);
            // H2 keeps 40,000 rows per GB of heap in memory by default and writes larger results to a file.
            int rows = (int) Math.max(300_000, Runtime.getRuntime().maxMemory() / (1L << 30) * 40_000 * 3);
            statement.execute("insert into part select x, 'part ' || x from system_range(1, " + rows + ")");
            java.util.List<Path> before = h2TemporaryFiles(temporary);

            try (ResultSet sorted = statement.executeQuery("select name from part order by name desc")) {
                sorted.next();
                assertThat(sorted.getString(1)).isEqualTo("part 99999");
                assertThat(h2TemporaryFiles(temporary)).as("H2's temporary files while the result is open")
                        .containsExactlyInAnyOrderElementsOf(before);
            }
        }
    }

    private static java.util.List<Path> h2TemporaryFiles(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith("h2tmp")).toList();
        }
    }

    @Test
    void theNameH2PrintsCarriesTheKeysFingerprintNotTheKey() {
        String name = EncryptedFileSystem.fileName(folder.resolve("techbench"), key);

        assertThat(name).contains(key.fingerprint()).doesNotContain(new String(key.filePassword()).substring(0, 16));
    }
}
