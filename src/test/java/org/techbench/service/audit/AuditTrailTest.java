package org.techbench.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.audit.AuditAuthor;
import org.techbench.domain.audit.AuditEvent;
import org.techbench.domain.audit.AuditFilter;
import org.techbench.domain.site.Site;
import org.techbench.service.Progress;
import org.techbench.service.RefusedException;
import org.techbench.service.Workbench;
import org.techbench.service.sync.HubFixture;
import org.techbench.store.DataFolder;

/** The audit trail: filtered by who, which record and when; exported whole; and synced, so a manager sees the team's. */
class AuditTrailTest {

    @TempDir
    Path folder;

    private HubFixture hub;

    @AfterEach
    void stopTheHub() {
        if (hub != null) {
            hub.close();
        }
    }

    private Workbench open(Path data, String user) {
        return Workbench.open(new DataFolder(data), Clock.systemDefaultZone(), user);
    }

    private static Site site(Workbench workbench, String code) {
        return workbench.sites().save(new Site(null, code, "Plant " + code, null, ZoneId.of("Asia/Shanghai"), null, null, null,
                false));
    }

    private static Asset asset(Workbench workbench, Site site, String tag) {
        return workbench.assets().save(new Asset(null, site.id(), tag, "Desk PC", AssetKind.DESKTOP, "Lenovo", "M70q",
                "SN-" + tag, null, null, null, AssetStatus.IN_SERVICE, LocalDate.of(2025, 1, 1), null, null, false));
    }

    @Test
    void theTrailListsChangesNewestFirstAndFiltersThemByRecord() {
        try (Workbench lin = open(folder.resolve("laptop"), "lin")) {
            Site north = site(lin, "N1");
            asset(lin, north, "PC-1");
            asset(lin, north, "PC-2");
            AuditTrailService trail = lin.auditTrail();

            List<AuditEvent> all = trail.page(AuditFilter.everything()).events();
            assertThat(all).extracting(AuditEvent::summary).first().asString().contains("PC-2");
            assertThat(all).extracting(AuditEvent::at).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            var assets = trail.page(new AuditFilter(null, "asset", null, null));
            assertThat(assets.total()).isEqualTo(2);
            assertThat(assets.events()).extracting(AuditEvent::technician).containsOnly("lin");
            assertThat(trail.subjects()).contains("asset", "site", "technician");
        }
    }

    @Test
    void theTrailFiltersByTime() {
        try (Workbench lin = open(folder.resolve("laptop"), "lin")) {
            asset(lin, site(lin, "N1"), "PC-1");
            Instant now = Instant.now();
            // The technician's own profile, the site and the asset.
            assertThat(lin.auditTrail().page(new AuditFilter(null, null, now.minus(1, ChronoUnit.HOURS), null)).total())
                    .isEqualTo(3);
            assertThat(lin.auditTrail().page(new AuditFilter(null, null, null, now.minus(1, ChronoUnit.HOURS))).total())
                    .isZero();
        }
    }

    @Test
    void theExportWritesEveryEntryTheFilterLetsThrough() throws Exception {
        try (Workbench lin = open(folder.resolve("laptop"), "lin")) {
            Site north = site(lin, "N1");
            for (int i = 1; i <= 3; i++) {
                asset(lin, north, "PC-" + i);
            }
            Path file = folder.resolve("audit.csv");
            int written = lin.auditTrail().export(file, new AuditFilter(null, "asset", null, null), Progress.NONE);
            assertThat(written).isEqualTo(3);
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines.getFirst()).isEqualTo("\uFEFFTime,Technician,Action,Subject,Record,Summary");
            assertThat(lines).hasSize(4);
            assertThat(lines.get(1)).contains(",lin,create,asset,").contains("PC-3");
        }
    }

    @Test
    void anExportToAFileThatIsNeitherCsvNorXlsxIsRefusedAndWritesNothing() {
        try (Workbench lin = open(folder.resolve("laptop"), "lin")) {
            site(lin, "N1");
            Path file = folder.resolve("audit.pdf");
            assertThatThrownBy(() -> lin.auditTrail().export(file, AuditFilter.everything(), Progress.NONE))
                    .isInstanceOf(RefusedException.class);
            assertThat(file).doesNotExist();
        }
    }

    @Test
    void theTrailSyncsSoThatAManagerSeesWhatATechnicianDid() throws Exception {
        hub = new HubFixture(folder.resolve("hub"), Clock.systemUTC()).withManager("lin").withManager("wei");
        try (Workbench wei = open(folder.resolve("wei"), "wei")) {
            asset(wei, site(wei, "N1"), "PC-7");
            wei.sync().signIn(hub.url, "wei", HubFixture.PASSWORD.toCharArray());
            wei.sync().sync(Progress.NONE);
        }
        try (Workbench lin = open(folder.resolve("lin"), "lin")) {
            lin.sync().signIn(hub.url, "lin", HubFixture.PASSWORD.toCharArray());
            lin.sync().sync(Progress.NONE);
            List<AuditEvent> seen = lin.auditTrail().page(new AuditFilter(null, "asset", null, null)).events();
            assertThat(seen).singleElement().satisfies(event -> {
                assertThat(event.technician()).isEqualTo("wei");
                assertThat(event.summary()).contains("PC-7");
            });
            AuditAuthor wei = lin.auditTrail().authors().stream().filter(author -> author.name().equals("wei"))
                    .findFirst().orElseThrow();
            assertThat(lin.auditTrail().page(new AuditFilter(wei.id(), null, null, null)).events())
                    .extracting(AuditEvent::technician).containsOnly("wei");
            // Synced again, nothing comes twice.
            lin.sync().sync(Progress.NONE);
            assertThat(lin.auditTrail().page(new AuditFilter(null, "asset", null, null)).total()).isEqualTo(1);
        }
    }
}
