package org.techbench.service.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.attachment.Attachment;
import org.techbench.domain.site.Site;
import org.techbench.i18n.Texts;
import org.techbench.service.Progress;
import org.techbench.service.RefusedException;
import org.techbench.service.Workbench;
import org.techbench.service.backup.BackupManifest;
import org.techbench.service.backup.BackupRestorer;
import org.techbench.service.backup.BackupService;
import org.techbench.service.backup.Retention;
import org.techbench.service.sync.HubFixture;
import org.techbench.store.DataFolder;
import org.techbench.store.KeyFile;
import org.techbench.store.StoreException;
import org.techbench.store.StoreKey;
import org.techbench.store.StoreProblem;

/** Encryption at rest: the store and its attachments under a passphrase, its changes, its backups, and what goes wrong. */
class EncryptionTest {

    private static final char[] PASSPHRASE = "correct horse battery".toCharArray();
    private static final byte[] PHOTO = "a photo of rack 4, serial SN-77".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path temp;

    /** Few iterations: the tests check what the key file does, not how slowly. */
    private final EncryptionService encryption = new EncryptionService(new KeyFile(1_000), () -> Texts.refusals(Locale.ENGLISH));

    private Path data() {
        return temp.resolve("laptop");
    }

    /** A plain store with one asset and a photo attached to it, closed. */
    private Attachment plainStoreWithAPhoto() throws Exception {
        Path photo = Files.write(temp.resolve("rack.jpg"), PHOTO);
        try (Workbench workbench = Workbench.open(new DataFolder(data()), Clock.systemUTC(), "tester")) {
            Asset asset = addAsset(workbench, "N1-PC-1");
            return workbench.attachments().attach("asset", asset.id(), asset.siteId(), photo, "image/jpeg");
        }
    }

    private static Asset addAsset(Workbench workbench, String tag) {
        Site site = workbench.sites().all().stream().findFirst().orElseGet(() -> workbench.sites().save(new Site(null, "N1",
                "North plant", "1 River Road", ZoneId.of("Asia/Shanghai"), null, null, null, false)));
        return workbench.assets().save(new Asset(null, site.id(), tag, "Desk PC", AssetKind.DESKTOP, "Lenovo", "M70q",
                "SN-" + tag, "Office", null, null, AssetStatus.IN_SERVICE, LocalDate.of(2025, 1, 1), null, null, false));
    }

    private static boolean startsWith(Path file, String header) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(header.length()), header.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private static boolean contains(Path file, byte[] text) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        outer:
        for (int i = 0; i + text.length <= bytes.length; i++) {
            for (int j = 0; j < text.length; j++) {
                if (bytes[i + j] != text[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void turningEncryptionOnEncryptsTheStoreAndItsAttachmentsAndKeepsEveryRecord() throws Exception {
        Attachment photo = plainStoreWithAPhoto();

        DataFolder unlocked = encryption.turnOn(new DataFolder(data()), PASSPHRASE, PASSPHRASE);

        assertThat(startsWith(unlocked.database(), "H2encrypt\n")).isTrue();
        assertThat(contains(unlocked.database(), "N1-PC-1".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(contains(unlocked.attachments().resolve(photo.sha256()), PHOTO)).isFalse();
        try (Workbench workbench = Workbench.open(encryption.unlock(new DataFolder(data()), PASSPHRASE), Clock.systemUTC(), "tester")) {
            assertThat(workbench.overview().overview().assets()).isEqualTo(1);
            Path copy = temp.resolve("saved.jpg");
            workbench.attachments().saveCopy(photo, copy);
            assertThat(Files.readAllBytes(copy)).isEqualTo(PHOTO);
        }
    }

    @Test
    void anEncryptedStoreDoesNotOpenWithoutItsPassphrase() throws Exception {
        plainStoreWithAPhoto();
        encryption.turnOn(new DataFolder(data()), PASSPHRASE, PASSPHRASE);

        assertThatThrownBy(() -> Workbench.open(new DataFolder(data()), Clock.systemUTC(), "tester"))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.problem()).isEqualTo(StoreProblem.WRONG_PASSPHRASE))
                .hasMessageContaining("passphrase is needed");
    }

    @Test
    void aWrongPassphraseIsRefusedInPlainWords() throws Exception {
        plainStoreWithAPhoto();
        encryption.turnOn(new DataFolder(data()), PASSPHRASE, PASSPHRASE);

        assertThatThrownBy(() -> encryption.unlock(new DataFolder(data()), "correct horse battery!".toCharArray()))
                .isInstanceOf(RefusedException.class)
                .hasMessage("That passphrase does not unlock this store. Check the keyboard layout and Caps Lock, and try again.");
    }

    @Test
    void aNewPassphraseOpensTheStoreAndTheOldOneNoLonger() throws Exception {
        plainStoreWithAPhoto();
        DataFolder before = encryption.turnOn(new DataFolder(data()), PASSPHRASE, PASSPHRASE);
        char[] next = "staple of the west".toCharArray();

        encryption.changePassphrase(new DataFolder(data()), PASSPHRASE, next, next);

        assertThat(encryption.unlock(new DataFolder(data()), next).key()).isEqualTo(before.key());
        assertThatThrownBy(() -> encryption.unlock(new DataFolder(data()), PASSPHRASE)).isInstanceOf(RefusedException.class);
    }

    @Test
    void changingThePassphraseNeedsTheCurrentOne() throws Exception {
        plainStoreWithAPhoto();
        encryption.turnOn(new DataFolder(data()), PASSPHRASE, PASSPHRASE);
        char[] next = "staple of the west".toCharArray();

        assertThatThrownBy(() -> encryption.changePassphrase(new DataFolder(data()), "guessed wrong".toCharArray(), next, next))
                .isInstanceOf(RefusedException.class);

        assertThat(encryption.unlock(new DataFolder(data()), PASSPHRASE).key()).isNotNull();
    }

    @Test
    void aShortOrMistypedPassphraseIsRefusedAndNothingIsEncrypted() throws Exception {
        plainStoreWithAPhoto();
        DataFolder plain = new DataFolder(data());

        assertThatThrownBy(() -> encryption.turnOn(plain, "short".toCharArray(), "short".toCharArray()))
                .hasMessage("A passphrase needs at least 8 characters; a few words are easier to remember than symbols.");
        assertThatThrownBy(() -> encryption.turnOn(plain, PASSPHRASE, "correct horse batterx".toCharArray()))
                .hasMessage("The two passphrases differ: type the same one twice.");

        assertThat(plain.encrypted()).isFalse();
        assertThat(startsWith(plain.database(), "H2encrypt\n")).isFalse();
        assertThat(contains(plain.database(), "N1-PC-1".getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void encryptionCutOffAfterItsKeyFileWasWrittenIsFinishedAtTheNextOpening() throws Exception {
        Attachment photo = plainStoreWithAPhoto();
        StoreKey key = StoreKey.random();
        new KeyFile(1_000).write(new DataFolder(data()).keyFile(), key, PASSPHRASE); // and then the laptop went off

        try (Workbench workbench = Workbench.open(encryption.unlock(new DataFolder(data()), PASSPHRASE), Clock.systemUTC(), "tester")) {
            assertThat(workbench.overview().overview().assets()).isEqualTo(1);
        }

        assertThat(startsWith(new DataFolder(data()).database(), "H2encrypt\n")).isTrue();
        assertThat(contains(new DataFolder(data()).attachments().resolve(photo.sha256()), PHOTO)).isFalse();
    }

    @Test
    void aDamagedKeyFileIsToldApartFromAWrongPassphrase() throws Exception {
        plainStoreWithAPhoto();
        encryption.turnOn(new DataFolder(data()), PASSPHRASE, PASSPHRASE);
        Files.writeString(new DataFolder(data()).keyFile(), "format=1\nkdf=PBKDF2WithHmacSHA256\nsalt=%%%\n");

        assertThatThrownBy(() -> encryption.unlock(new DataFolder(data()), PASSPHRASE))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.problem()).isEqualTo(StoreProblem.KEY_UNREADABLE))
                .hasMessageContaining("cannot be read");
    }

    @Test
    void aBackupOfAnEncryptedStoreIsEncryptedAndVerifiesWithItsKey() throws Exception {
        plainStoreWithAPhoto();
        DataFolder unlocked = encryption.turnOn(new DataFolder(data()), PASSPHRASE, PASSPHRASE);
        Path usb = Files.createDirectories(temp.resolve("usb"));
        BackupManifest made;
        try (Workbench workbench = Workbench.open(unlocked, Clock.systemUTC(), "tester")) {
            made = workbench.backups().create(usb, Retention.standard(), Progress.NONE);
            assertThat(workbench.backups().verify(usb.resolve(made.name() + ".zip"), Progress.NONE).problems()).isEmpty();
        }

        assertThat(made.keyFingerprint()).isEqualTo(unlocked.key().fingerprint());
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(usb.resolve(made.name() + ".zip")))) {
            ZipEntry entry = zip.getNextEntry();
            assertThat(entry.getName()).isEqualTo("techbench.mv.db");
            assertThat(new String(zip.readNBytes(10), StandardCharsets.ISO_8859_1)).isEqualTo("H2encrypt\n");
        }
        for (String sha : made.attachments()) {
            assertThat(contains(usb.resolve("attachments").resolve(sha), PHOTO)).isFalse();
        }
    }

    @Test
    void aBackupEncryptedWithAnotherKeyIsNotTakenForWhole() throws Exception {
        plainStoreWithAPhoto();
        DataFolder unlocked = encryption.turnOn(new DataFolder(data()), PASSPHRASE, PASSPHRASE);
        Path usb = Files.createDirectories(temp.resolve("usb"));
        BackupManifest made;
        try (Workbench workbench = Workbench.open(unlocked, Clock.systemUTC(), "tester")) {
            made = workbench.backups().create(usb, Retention.standard(), Progress.NONE);
        }

        var otherLaptop = BackupService.reader(usb, StoreKey.random(), Clock.systemUTC(), () -> Texts.refusals(Locale.ENGLISH));
        var check = otherLaptop.verify(usb.resolve(made.name() + ".zip"), Progress.NONE);

        assertThat(check.whole()).isFalse();
        assertThat(check.problems()).singleElement().asString()
                .startsWith("it is encrypted with another key (fingerprint " + unlocked.key().fingerprint() + ")");
    }

    @Test
    void aBackupFromBeforeEncryptionIsRestoredEncrypted() throws Exception {
        plainStoreWithAPhoto();
        Path usb = Files.createDirectories(temp.resolve("usb"));
        BackupManifest plainBackup;
        try (Workbench workbench = Workbench.open(new DataFolder(data()), Clock.systemUTC(), "tester")) {
            plainBackup = workbench.backups().create(usb, Retention.standard(), Progress.NONE);
        }
        DataFolder unlocked = encryption.turnOn(new DataFolder(data()), PASSPHRASE, PASSPHRASE);
        try (Workbench workbench = Workbench.open(unlocked, Clock.systemUTC(), "tester")) {
            addAsset(workbench, "N1-PC-2");
        }
        Files.walk(unlocked.attachments()).filter(Files::isRegularFile).forEach(file -> file.toFile().delete());

        var reader = BackupService.reader(usb, unlocked.key(), Clock.systemUTC(), () -> Texts.refusals(Locale.ENGLISH));
        new BackupRestorer(reader, Clock.systemUTC(), () -> Texts.refusals(Locale.ENGLISH))
                .restore(unlocked, usb.resolve(plainBackup.name() + ".zip"), Progress.NONE);

        assertThat(startsWith(unlocked.database(), "H2encrypt\n")).isTrue();
        for (String sha : plainBackup.attachments()) {
            assertThat(contains(unlocked.attachments().resolve(sha), PHOTO)).isFalse();
        }
        try (Workbench workbench = Workbench.open(unlocked, Clock.systemUTC(), "tester")) {
            assertThat(workbench.overview().overview().assets()).isEqualTo(1);
        }
    }

    @Test
    void encryptedLaptopsExchangeAttachmentsThroughTheHubAndKeepThemEncrypted() throws Exception {
        Path photoFile = Files.write(temp.resolve("rack.jpg"), PHOTO);
        DataFolder annaFolder = encryption.turnOn(new DataFolder(temp.resolve("anna")), PASSPHRASE, PASSPHRASE);
        DataFolder benFolder = encryption.turnOn(new DataFolder(temp.resolve("ben")), "another passphrase".toCharArray(),
                "another passphrase".toCharArray());
        try (var hub = new HubFixture(temp.resolve("hub"), Clock.systemUTC()).withManager("anna").withManager("ben");
             Workbench anna = Workbench.open(annaFolder, Clock.systemUTC(), "anna");
             Workbench ben = Workbench.open(benFolder, Clock.systemUTC(), "ben")) {
            anna.sync().signIn(hub.url, "anna", HubFixture.PASSWORD.toCharArray());
            ben.sync().signIn(hub.url, "ben", HubFixture.PASSWORD.toCharArray());
            Asset asset = addAsset(anna, "N1-PC-1");
            Attachment photo = anna.attachments().attach("asset", asset.id(), asset.siteId(), photoFile, "image/jpeg");
            anna.sync().sync(Progress.NONE);

            assertThat(ben.sync().sync(Progress.NONE).attachmentsReceived()).isEqualTo(1);

            assertThat(contains(benFolder.attachments().resolve(photo.sha256()), PHOTO)).isFalse();
            Path copy = temp.resolve("saved.jpg");
            ben.attachments().saveCopy(photo, copy);
            assertThat(Files.readAllBytes(copy)).isEqualTo(PHOTO);
        }
    }
}
