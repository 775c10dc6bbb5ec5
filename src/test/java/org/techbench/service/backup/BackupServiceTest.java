package org.techbench.service.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.site.Site;
import org.techbench.service.Progress;
import org.techbench.service.RefusedException;
import org.techbench.service.Workbench;
import org.techbench.store.DataFolder;
import org.techbench.sync.hub.MovableClock;

/** Backups of a store in use: made consistent, checked against their manifest, refused with a reason, pruned by age. */
class BackupServiceTest {

    @TempDir
    Path data;
    @TempDir
    Path usb;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-02T09:00:00Z"));
    private Workbench workbench;
    private Site site;

    @BeforeEach
    void openAStoreWithThreeAssets() {
        workbench = Workbench.open(new DataFolder(data), clock, "tester");
        site = workbench.sites().save(new Site(null, "N1", "North plant", "1 River Road", ZoneId.of("Asia/Shanghai"), null, null,
                null, false));
        for (int n = 1; n <= 3; n++) {
            addAsset("N1-PC-" + n);
        }
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private void addAsset(String tag) {
        workbench.assets().save(new Asset(null, site.id(), tag, "Desk PC", AssetKind.DESKTOP, "Lenovo", "M70q", "SN-" + tag,
                "Office", null, null, AssetStatus.IN_SERVICE, LocalDate.of(2025, 1, 1), null, null, false));
    }

    private BackupManifest backUp() {
        return workbench.backups().create(usb, Retention.standard(), Progress.NONE);
    }

    private BackupCheck verify(BackupManifest made) {
        return workbench.backups().verify(usb.resolve(made.name() + ".zip"), Progress.NONE);
    }

    private BackupService withFreeSpace(long bytes) {
        return workbench.backups().withFreeSpace(folder -> bytes);
    }

    private void editManifest(BackupManifest made, java.util.function.Consumer<ObjectNode> edit) throws IOException {
        Path file = usb.resolve(made.name() + ".json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode manifest = (ObjectNode) json.readTree(file.toFile());
        edit.accept(manifest);
        json.writeValue(file.toFile(), manifest);
    }

    @Test
    void aBackupMadeWhileTheStoreIsInUseMatchesItsManifest() {
        BackupManifest made = backUp();

        assertThat(made.tables().get("asset").rows()).isEqualTo(3);
        BackupCheck check = verify(made);
        assertThat(check.problems()).isEmpty();
        assertThat(check.whole()).isTrue();
    }

    @Test
    void aBackupMadeWhileAssetsAreBeingSavedIsWholeAndHoldsThoseSavedBeforeIt() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean backingUp = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicInteger saved = new java.util.concurrent.atomic.AtomicInteger();
        Thread technician = Thread.ofPlatform().start(() -> {
            while (backingUp.get()) {
                addAsset("N1-NEW-" + saved.incrementAndGet());
            }
        });
        BackupManifest made;
        try {
            made = backUp();
        } finally {
            backingUp.set(false);
            technician.join();
        }

        assertThat(saved.get()).as("assets saved while the backup was made").isGreaterThan(1);
        BackupCheck check = verify(made);
        assertThat(check.problems()).isEmpty();
        assertThat(check.whole()).isTrue();
        assertThat(made.tables().get("asset").rows()).isBetween(3L, 3L + saved.get());
    }

    @Test
    void aBackupKeepsTheStoreAsItWasWhenItWasMade() {
        BackupManifest made = backUp();
        addAsset("N1-PC-4");

        assertThat(verify(made).whole()).isTrue();
        assertThat(verify(made).manifest().tables().get("asset").rows()).isEqualTo(3);
    }

    @Test
    void aBackupDamagedInTheMiddleIsNotWhole() throws IOException {
        BackupManifest made = backUp();
        try (RandomAccessFile zip = new RandomAccessFile(usb.resolve(made.name() + ".zip").toFile(), "rw")) {
            zip.seek(zip.length() / 2);
            zip.write(new byte[4096]);
        }

        BackupCheck check = verify(made);
        assertThat(check.whole()).isFalse();
        assertThat(check.problems()).anySatisfy(problem -> assertThat(problem).startsWith("the backup is damaged"));
    }

    @Test
    void aTruncatedBackupIsNotWhole() throws IOException {
        BackupManifest made = backUp();
        Path zip = usb.resolve(made.name() + ".zip");
        try (RandomAccessFile file = new RandomAccessFile(zip.toFile(), "rw")) {
            file.setLength(file.length() / 3);
        }

        assertThat(verify(made).problems()).singleElement().asString().startsWith("the backup is damaged");
    }

    @Test
    void aBackupWhoseRowsDifferFromItsManifestIsNotWhole() throws IOException {
        BackupManifest made = backUp();
        editManifest(made, manifest -> ((ObjectNode) manifest.get("tables").get("asset")).put("rows", 99));

        assertThat(verify(made).problems()).containsExactly("the table asset should hold 99 rows and holds 3");
    }

    @Test
    void aBackupWhoseStoreFileWasSwappedForAnotherIsNotWhole() throws IOException {
        BackupManifest first = backUp();
        addAsset("N1-PC-4");
        clock.advance(java.time.Duration.ofDays(1));
        BackupManifest second = backUp();
        java.nio.file.Files.copy(usb.resolve(second.name() + ".zip"), usb.resolve(first.name() + ".zip"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(verify(first).problems()).containsExactly("the backup is damaged and cannot be opened "
                + "(its store file is not the one written when it was made: its SHA-256 differs)");
    }

    @Test
    void aBackupMadeBeforeStoreFilesWereHashedIsCheckedRowByRow() throws IOException {
        BackupManifest made = backUp();
        editManifest(made, manifest -> {
            manifest.putNull("storeSha256");
            ((ObjectNode) manifest.get("tables").get("asset")).put("checksum", 12345L);
        });

        assertThat(verify(made).problems()).containsExactly("the rows of the table asset differ from those backed up");
    }

    @Test
    void aBackupFromANewerTechBenchIsNotTakenForOne() throws IOException {
        BackupManifest made = backUp();
        editManifest(made, manifest -> manifest.put("schemaVersion", 999));

        assertThat(verify(made).problems()).singleElement().asString()
                .startsWith("it was made by a newer TechBench (schema 999;");
    }

    @Test
    void aFolderThatIsNotThereIsRefusedWithWhatToDo() {
        Path unplugged = usb.resolve("USB-STICK");

        assertThatThrownBy(() -> workbench.backups().create(unplugged, Retention.standard(), Progress.NONE))
                .isInstanceOf(RefusedException.class)
                .hasMessage("The backup folder " + unplugged + " does not exist. Is the USB disk or network share connected?"
                        + " Connect it or choose another folder.");
        assertThat(unplugged).doesNotExist();
    }

    @Test
    void aDiskWithoutRoomIsRefusedBeforeAnythingIsWritten() throws IOException {
        assertThatThrownBy(() -> withFreeSpace(1_000).create(usb, Retention.standard(), Progress.NONE))
                .isInstanceOf(RefusedException.class)
                .hasMessageStartingWith("The backup folder " + usb + " has 1 MB free and a backup needs about");
        try (Stream<Path> files = Files.list(usb)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("backup-log.tsv");
        }
    }

    @Test
    void attachmentsAreCopiedOnceByTheirHash() throws IOException {
        Path attachments = Files.createDirectories(data.resolve("attachments"));
        String sha = "a".repeat(64);
        Files.writeString(attachments.resolve(sha), "photo of the failed disk");
        BackupManifest first = backUp();
        Path copy = usb.resolve("attachments").resolve(sha);
        var copiedAt = Files.getLastModifiedTime(copy);

        clock.advance(Duration.ofDays(1));
        BackupManifest second = backUp();

        assertThat(first.attachments()).containsExactly(sha);
        assertThat(second.attachments()).containsExactly(sha);
        assertThat(Files.getLastModifiedTime(copy)).isEqualTo(copiedAt);
        assertThat(verify(second).whole()).isTrue();
        Files.delete(copy);
        assertThat(verify(second).problems()).containsExactly("the attachment " + sha + " is missing from the backup folder");
    }

    @Test
    void pruningKeepsTheNewestOfTheLastDaysAndOfTheLastWeeks() {
        // Monday 2 November to Friday 13 November 2026: the 2nd to the 8th are one ISO week, the 9th to the 15th the next.
        for (int day = 0; day < 12; day++) {
            workbench.backups().create(usb, new Retention(3, 2), Progress.NONE);
            clock.advance(Duration.ofDays(1));
        }

        List<LocalDate> kept = workbench.backups().list(usb).stream()
                .map(backup -> backup.createdAt().atZone(clock.getZone()).toLocalDate()).toList();
        assertThat(kept).containsExactly(LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 11),
                LocalDate.of(2026, 11, 8));
    }
}
