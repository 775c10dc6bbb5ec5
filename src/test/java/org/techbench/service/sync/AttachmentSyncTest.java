package org.techbench.service.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.attachment.Attachment;
import org.techbench.domain.site.Site;
import org.techbench.i18n.Texts;
import org.techbench.replication.Replica;
import org.techbench.service.Progress;
import org.techbench.service.RefusedException;
import org.techbench.service.Workbench;
import org.techbench.store.AttachmentRepository;
import org.techbench.store.DataFolder;
import org.techbench.store.Store;
import org.techbench.sync.HubClient;
import org.techbench.sync.HubException;

class AttachmentSyncTest {

    @TempDir
    Path folder;
    HubFixture hub;
    Workbench anna;
    Workbench ben;
    Asset asset;

    @BeforeEach
    void start() {
        hub = new HubFixture(folder.resolve("hub"), Clock.systemUTC()).withManager("anna").withManager("ben");
        anna = Workbench.open(new DataFolder(folder.resolve("anna")), Clock.systemUTC(), "anna");
        ben = Workbench.open(new DataFolder(folder.resolve("ben")), Clock.systemUTC(), "ben");
        Site site = anna.sites().save(HubSyncContract.site("H1"));
        asset = anna.assets().save(HubSyncContract.asset(site.id(), "SRV-1"));
        anna.sync().signIn(hub.url, "anna", HubFixture.PASSWORD.toCharArray());
        ben.sync().signIn(hub.url, "ben", HubFixture.PASSWORD.toCharArray());
    }

    @AfterEach
    void stop() {
        anna.close();
        ben.close();
        hub.close();
    }

    @Test
    void aPhotoAttachedOnOneLaptopArrivesWholeOnAnother() throws Exception {
        Path photo = photo("rack.jpg", 2_500_000);
        Attachment attached = anna.attachments().attach("asset", asset.id(), asset.siteId(), photo, "image/jpeg");
        assertThat(anna.sync().sync(Progress.NONE).attachmentsSent()).isEqualTo(1);

        SyncReport received = ben.sync().sync(Progress.NONE);

        assertThat(received.attachmentsReceived()).isEqualTo(1);
        assertThat(ben.attachments().of("asset", asset.id())).extracting(Attachment::fileName).containsExactly("rack.jpg");
        assertThat(bytesOf(ben, attached)).isEqualTo(Files.readAllBytes(photo));
    }

    @Test
    void anUploadCutOffMidwayResumesWhereItStopped() throws Exception {
        Path photo = photo("cabinet.jpg", 2_500_000);
        anna.attachments().attach("asset", asset.id(), asset.siteId(), photo, "image/jpeg");
        anna.close();
        try (Store store = Store.open(new DataFolder(folder.resolve("anna")), Clock.systemUTC())) {
            var line = new CutOffConnection(new HubClient(hub.url, store.nodeId(), System::currentTimeMillis));
            line.uploadsBeforeCut = 1;
            var sync = new SyncService(store, Replica.of(store.replicaDatabase()), new AttachmentRepository(store), url -> line,
                    Clock.systemUTC(), () -> store.currentTechnician().orElseThrow(), () -> Texts.sync(Locale.ENGLISH), () -> { });
            assertThatThrownBy(() -> sync.sync(Progress.NONE)).isInstanceOf(SyncFailure.class)
                    .hasMessageContaining("cannot be reached");

            line.uploadsBeforeCut = Integer.MAX_VALUE;
            SyncReport resumed = sync.sync(Progress.NONE);

            assertThat(resumed.attachmentsSent()).isEqualTo(1);
            assertThat(line.uploadOffsets).as("the first chunk once, then the rest from where it stopped").startsWith(0L,
                    (long) AttachmentTransfer.CHUNK).doesNotHaveDuplicates()
                    .hasSize((int) Math.ceilDiv(Files.size(photo), AttachmentTransfer.CHUNK));
        }
        anna = Workbench.open(new DataFolder(folder.resolve("anna")), Clock.systemUTC(), "anna");
        ben.sync().sync(Progress.NONE);
        Attachment arrived = ben.attachments().of("asset", asset.id()).getFirst();
        assertThat(bytesOf(ben, arrived)).isEqualTo(Files.readAllBytes(photo));
    }

    @Test
    void aDownloadCutOffMidwayResumesWhereItStopped() throws Exception {
        Path photo = photo("rack.jpg", 2_500_000);
        Attachment attached = anna.attachments().attach("asset", asset.id(), asset.siteId(), photo, "image/jpeg");
        anna.sync().sync(Progress.NONE);
        ben.close();
        try (Store store = Store.open(new DataFolder(folder.resolve("ben")), Clock.systemUTC())) {
            var line = new CutOffConnection(new HubClient(hub.url, store.nodeId(), System::currentTimeMillis));
            line.downloadBytesBeforeCut = 1_000_000;
            var sync = new SyncService(store, Replica.of(store.replicaDatabase()), new AttachmentRepository(store), url -> line,
                    Clock.systemUTC(), () -> store.currentTechnician().orElseThrow(), () -> Texts.sync(Locale.ENGLISH), () -> { });
            assertThatThrownBy(() -> sync.sync(Progress.NONE)).isInstanceOf(SyncFailure.class);

            SyncReport resumed = sync.sync(Progress.NONE);

            assertThat(resumed.attachmentsReceived()).isEqualTo(1);
            assertThat(line.downloadOffsets).containsExactly(0L, 1_000_000L);
        }
        ben = Workbench.open(new DataFolder(folder.resolve("ben")), Clock.systemUTC(), "ben");
        Attachment arrived = ben.attachments().of("asset", asset.id()).getFirst();
        assertThat(ben.attachments().present(arrived)).isTrue();
        assertThat(arrived.sha256()).isEqualTo(attached.sha256());
        assertThat(bytesOf(ben, arrived)).isEqualTo(Files.readAllBytes(photo));
    }

    @Test
    void bytesAlreadyOnTheLaptopAreNeverOverwritten() throws Exception {
        Attachment attached = anna.attachments().attach("asset", asset.id(), asset.siteId(), photo("a.jpg", 40_000), "image/jpeg");
        anna.sync().sync(Progress.NONE);
        Path mine = folder.resolve("ben").resolve("attachments").resolve(attached.sha256());
        Files.createDirectories(mine.getParent());
        Files.writeString(mine, "bytes this laptop already had");

        ben.sync().sync(Progress.NONE);

        assertThat(Files.readString(mine)).isEqualTo("bytes this laptop already had");
    }

    @Test
    void anAttachmentOverTheSizeLimitIsRefusedWithAClearMessage() throws Exception {
        Path huge = folder.resolve("scan.tiff");
        try (var file = java.nio.channels.FileChannel.open(huge, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            file.truncate(0).position(26L * 1024 * 1024).write(java.nio.ByteBuffer.wrap(new byte[] {1}));
        }
        assertThatThrownBy(() -> anna.attachments().attach("asset", asset.id(), asset.siteId(), huge, "image/tiff"))
                .isInstanceOf(RefusedException.class).hasMessage("scan.tiff is 27 MB; attachments are limited to 25 MB.");
        assertThat(anna.attachments().of("asset", asset.id())).isEmpty();
    }

    @Test
    void theHubRefusesAnOversizeUploadAndBytesThatDoNotMatchTheirName() {
        var client = new HubClient(hub.url, "00000000000000c3", System::currentTimeMillis);
        String token = client.login("ben", HubFixture.PASSWORD.toCharArray()).accessToken();
        String sha = "0".repeat(64);
        assertThatThrownBy(() -> client.uploadBlob(token, sha, 0, 30L * 1024 * 1024, new byte[10]))
                .isInstanceOf(HubException.class).hasMessage("Attachments are limited to 25 MB; this one is 30 MB.");
        assertThatThrownBy(() -> client.uploadBlob(token, sha, 0, 10, new byte[10]))
                .isInstanceOf(HubException.class).hasMessageContaining("do not match their SHA-256");
        assertThat(client.blobStatus(token, sha).received()).isZero();
    }

    private Path photo(String name, int size) throws Exception {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    /** The bytes a laptop keeps for an attachment, as the technician would save them. */
    private byte[] bytesOf(Workbench laptop, Attachment attachment) throws java.io.IOException {
        Path copy = Files.createTempFile(folder, "copy-", ".bin");
        laptop.attachments().saveCopy(attachment, copy);
        return Files.readAllBytes(copy);
    }
}
