package org.techbench.service.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetListRow;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.site.Site;
import org.techbench.i18n.Texts;
import org.techbench.service.Progress;
import org.techbench.service.RefusedException;
import org.techbench.service.Workbench;
import org.techbench.service.asset.ImportOptions;
import org.techbench.service.sync.HubFixture;
import org.techbench.store.DataFolder;

/** A laptop restored from a backup syncs with its hub: nothing that was waiting is lost, nothing exists twice. */
class RestoreThenSyncTest {

    @TempDir
    Path folder;

    private HubFixture hub;
    private Path laptop;
    private Path usb;
    private Site site;

    @BeforeEach
    void startAHub() throws Exception {
        hub = new HubFixture(folder.resolve("hub"), Clock.systemUTC()).withManager("lin").withManager("wei");
        laptop = folder.resolve("laptop");
        usb = Files.createDirectories(folder.resolve("usb"));
    }

    @AfterEach
    void stopTheHub() {
        hub.close();
    }

    private Workbench open(Path data, String user) {
        return Workbench.open(new DataFolder(data), Clock.systemDefaultZone(), user);
    }

    /** Site N1 with asset PC-1, signed in as lin and synced with the hub. */
    private void siteWithAFirstAssetSynced(Workbench mine) {
        site = mine.sites().save(new Site(null, "N1", "North plant", "1 River Road", ZoneId.of("Asia/Shanghai"), null, null,
                null, false));
        addAsset(mine, "PC-1");
        mine.sync().signIn(hub.url, "lin", HubFixture.PASSWORD.toCharArray());
        mine.sync().sync(Progress.NONE);
    }

    private void addAsset(Workbench workbench, String tag) {
        workbench.assets().save(new Asset(null, site.id(), tag, "Desk PC", AssetKind.DESKTOP, "Lenovo", "M70q", "SN-" + tag,
                "Office", null, null, AssetStatus.IN_SERVICE, LocalDate.of(2025, 1, 1), null, null, false));
    }

    private static List<String> tags(Workbench workbench) {
        var ids = workbench.assets().match(AssetFilter.all());
        return workbench.assets().rows(ids).stream().map(AssetListRow::tag).sorted().toList();
    }

    private BackupRestorer restorer() {
        var refusals = (java.util.function.Supplier<Texts>) () -> Texts.refusals(Locale.ENGLISH);
        return new BackupRestorer(BackupService.reader(usb, null, Clock.systemDefaultZone(), refusals), Clock.systemDefaultZone(),
                refusals);
    }

    @Test
    void aRestoredLaptopSendsWhatWasWaitingOnceAndGetsBackWhatItHadSynced() {
        BackupManifest backup;
        try (Workbench mine = open(laptop, "lin")) {
            siteWithAFirstAssetSynced(mine);
            addAsset(mine, "PC-2"); // waiting when the backup is made, synced after it
            backup = mine.backups().create(usb, Retention.standard(), Progress.NONE);
            mine.sync().sync(Progress.NONE);
            addAsset(mine, "PC-3"); // made after the backup, still waiting when the laptop is restored
        }

        var restored = restorer().restore(new DataFolder(laptop), usb.resolve(backup.name() + ".zip"), Progress.NONE);
        assertThat(restored.carried().newNode()).isFalse();
        assertThat(restored.carried().keptAs()).exists();

        try (Workbench mine = open(laptop, "lin")) {
            assertThat(tags(mine)).containsExactly("PC-1", "PC-2");
            addAsset(mine, "PC-4"); // made on the restored store before it syncs
            mine.sync().sync(Progress.NONE);
            mine.sync().sync(Progress.NONE);
            assertThat(tags(mine)).containsExactly("PC-1", "PC-2", "PC-3", "PC-4");
            assertThat(mine.sync().refused()).isEmpty();
            assertThat(mine.sync().standing().pendingChanges()).isZero();
        }
        try (Workbench colleague = open(folder.resolve("colleague"), "wei")) {
            colleague.sync().signIn(hub.url, "wei", HubFixture.PASSWORD.toCharArray());
            colleague.sync().sync(Progress.NONE);
            assertThat(tags(colleague)).containsExactly("PC-1", "PC-2", "PC-3", "PC-4");
        }
    }

    @Test
    void assetsImportedAfterTheBackupGoUpWithTheirValuesFromTheReplacedStore() throws Exception {
        BackupManifest backup;
        Path file = folder.resolve("import.csv");
        Files.writeString(file, "Site,Tag,Name,Kind,Serial\nN1,IMP-1,Imported desk,DESKTOP,S-IMP-1\n"
                + "N1,IMP-2,Imported laptop,LAPTOP,S-IMP-2\n");
        try (Workbench mine = open(laptop, "lin")) {
            siteWithAFirstAssetSynced(mine);
            backup = mine.backups().create(usb, Retention.standard(), Progress.NONE);
            var importer = mine.assetImport();
            importer.apply(importer.plan(file, ImportOptions.defaults(), Progress.NONE), Progress.NONE);
        }

        restorer().restore(new DataFolder(laptop), usb.resolve(backup.name() + ".zip"), Progress.NONE);

        try (Workbench mine = open(laptop, "lin")) {
            mine.sync().sync(Progress.NONE);
            assertThat(mine.sync().refused()).isEmpty();
        }
        try (Workbench colleague = open(folder.resolve("colleague"), "wei")) {
            colleague.sync().signIn(hub.url, "wei", HubFixture.PASSWORD.toCharArray());
            colleague.sync().sync(Progress.NONE);
            assertThat(tags(colleague)).containsExactly("IMP-1", "IMP-2", "PC-1");
            var imported = colleague.assets().rows(colleague.assets().match(AssetFilter.all())).stream()
                    .filter(row -> row.tag().equals("IMP-2")).findFirst().orElseThrow();
            assertThat(imported.name()).isEqualTo("Imported laptop");
        }
    }

    @Test
    void aLaptopWhoseStoreWasDamagedIsRestoredAndSyncsAsANewLaptopWithNothingTwice() throws Exception {
        BackupManifest backup;
        try (Workbench mine = open(laptop, "lin")) {
            siteWithAFirstAssetSynced(mine);
            addAsset(mine, "PC-2"); // waiting in the backup
            backup = mine.backups().create(usb, Retention.standard(), Progress.NONE);
            mine.sync().sync(Progress.NONE);
        }
        Files.write(new DataFolder(laptop).database(), new byte[] {'n', 'o', 't', ' ', 'a', ' ', 's', 't', 'o', 'r', 'e'});

        var restored = restorer().restore(new DataFolder(laptop), usb.resolve(backup.name() + ".zip"), Progress.NONE);
        assertThat(restored.carried().newNode()).isTrue();

        try (Workbench mine = open(laptop, "lin")) {
            addAsset(mine, "PC-3");
            mine.sync().signIn(hub.url, "lin", HubFixture.PASSWORD.toCharArray());
            mine.sync().sync(Progress.NONE);
            assertThat(tags(mine)).containsExactly("PC-1", "PC-2", "PC-3");
            assertThat(mine.sync().refused()).isEmpty();
        }
        try (Workbench colleague = open(folder.resolve("colleague"), "wei")) {
            colleague.sync().signIn(hub.url, "wei", HubFixture.PASSWORD.toCharArray());
            colleague.sync().sync(Progress.NONE);
            assertThat(tags(colleague)).containsExactly("PC-1", "PC-2", "PC-3");
        }
    }

    @Test
    void aBackupThatIsNotWholeIsNotRestoredAndTheStoreIsUntouched() throws Exception {
        BackupManifest backup;
        try (Workbench mine = open(laptop, "lin")) {
            site = mine.sites().save(new Site(null, "N1", "North plant", "1 River Road", ZoneId.of("Asia/Shanghai"), null, null,
                    null, false));
            backup = mine.backups().create(usb, Retention.standard(), Progress.NONE);
            addAsset(mine, "PC-1");
        }
        try (RandomAccessFile zip = new RandomAccessFile(usb.resolve(backup.name() + ".zip").toFile(), "rw")) {
            zip.setLength(zip.length() / 2);
        }

        assertThatThrownBy(() -> restorer().restore(new DataFolder(laptop), usb.resolve(backup.name() + ".zip"), Progress.NONE))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith(backup.name() + " cannot be restored, because it is not whole:")
                .hasMessageEndingWith("The store was not touched.");
        try (Workbench mine = open(laptop, "lin")) {
            assertThat(tags(mine)).containsExactly("PC-1");
        }
    }

    @Test
    void aStoreThatIsOpenIsNotReplaced() {
        BackupManifest backup;
        try (Workbench mine = open(laptop, "lin")) {
            backup = mine.backups().create(usb, Retention.standard(), Progress.NONE);
            assertThatThrownBy(() -> restorer().restore(new DataFolder(laptop), usb.resolve(backup.name() + ".zip"),
                    Progress.NONE)).isInstanceOf(org.techbench.store.StoreException.class);
        }
    }
}
