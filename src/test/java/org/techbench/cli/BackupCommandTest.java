package org.techbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup create|list|verify} on a demo store, with their exit codes. */
class BackupCommandTest {

    @TempDir
    Path folder;
    @TempDir
    Path usb;

    private final CommandLineRun command = new CommandLineRun();

    private int run(String... args) {
        return command.run(args);
    }

    @BeforeEach
    void fill() {
        assertThat(run("demo-data", "--data", folder.toString(), "--sites", "1", "--assets", "20")).isZero();
    }

    private String onlyBackup() throws Exception {
        try (Stream<Path> files = Files.list(usb)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".zip")).findFirst()
                    .orElseThrow().replace(".zip", "");
        }
    }

    @Test
    void aBackupIsMadeListedAndVerified() throws Exception {
        assertThat(run("backup", "create", "--data", folder.toString(), "--to", usb.toString())).isZero();
        assertThat(command.out()).startsWith("Backed up ").contains(" rows in ", " tables and 0 attachments to " + usb)
                .contains("; opened read-only and its rows counted to check it.");
        String name = onlyBackup();

        assertThat(run("backup", "list", "--data", folder.toString(), "--to", usb.toString(), "--format", "csv")).isZero();
        String[] lines = command.out().strip().split("\r?\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("name,made,megabytes,rows,attachments,seconds");
        assertThat(lines[1]).startsWith(name + ",");

        assertThat(run("backup", "verify", name, "--data", folder.toString(), "--to", usb.toString())).isZero();
        assertThat(command.out()).startsWith(name + " is whole: ").endsWith("match its manifest." + System.lineSeparator());
    }

    @Test
    void aDamagedBackupIsExitOneWithWhatIsWrong() throws Exception {
        run("backup", "create", "--data", folder.toString(), "--to", usb.toString());
        String name = onlyBackup();
        try (RandomAccessFile zip = new RandomAccessFile(usb.resolve(name + ".zip").toFile(), "rw")) {
            zip.setLength(zip.length() / 2);
        }

        assertThat(run("backup", "verify", usb.resolve(name + ".zip").toString(), "--data", folder.toString())).isEqualTo(1);
        assertThat(command.err()).contains("techbench: " + name + " cannot be trusted:", "  - the backup is damaged");
    }

    @Test
    void restoreAsksForYesThenPutsTheBackupInPlaceKeepingTheStore() throws Exception {
        run("backup", "create", "--data", folder.toString(), "--to", usb.toString());
        String name = onlyBackup();

        assertThat(run("backup", "restore", name, "--data", folder.toString(), "--to", usb.toString())).isEqualTo(1);
        assertThat(command.err()).contains("this replaces the store in " + folder + " with " + name, "Run again with --yes");

        assertThat(run("backup", "restore", name, "--data", folder.toString(), "--to", usb.toString(), "--yes")).isZero();
        assertThat(command.out()).startsWith("Restored " + name + " (made ").contains("The replaced store is kept as "
                + folder.resolve("backups").resolve("before-restore-"));
        assertThat(run("assets", "list", "--data", folder.toString(), "--format", "csv", "--limit", "0")).isZero();
        assertThat(command.out().strip().split("\r?\n")).hasSize(21);
    }

    @Test
    void aBackupFolderThatIsNotThereIsExitOneWithTheReason() {
        Path unplugged = usb.resolve("E");
        assertThat(run("backup", "create", "--data", folder.toString(), "--to", unplugged.toString())).isEqualTo(1);
        assertThat(command.err()).contains("techbench: The backup folder " + unplugged + " does not exist.");
    }

    @Test
    void withoutAFolderTheBackupGoesToTheDataFoldersOwn() throws Exception {
        assertThat(run("backup", "create", "--data", folder.toString())).isZero();
        try (Stream<Path> files = Files.list(folder.resolve("backups"))) {
            assertThat(files.map(file -> file.getFileName().toString())).anyMatch(name -> name.endsWith(".zip"))
                    .anyMatch(name -> name.endsWith(".json"));
        }
    }
}
