package org.techbench.service.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.maintenance.Answer;
import org.techbench.domain.maintenance.CheckOutcome;
import org.techbench.domain.maintenance.ChecklistItem;
import org.techbench.domain.maintenance.ChecklistTemplate;
import org.techbench.domain.maintenance.DueCheck;
import org.techbench.domain.maintenance.DueCounts;
import org.techbench.domain.maintenance.Inspection;
import org.techbench.domain.site.Site;
import org.techbench.service.Workbench;
import org.techbench.store.DataFolder;

/** What falls due on which asset, from the checks' frequencies and when each was last done. */
class DueChecksTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path folder;
    Workbench workbench;
    Site north;
    Site south;
    Asset server;
    Asset printer;

    @BeforeEach
    void twoSites() {
        workbench = Workbench.open(new DataFolder(folder), InspectionTest.DAY, "tester");
        workbench.maintenance().seedBuiltIns();
        north = workbench.sites().save(new Site(null, "N1", "North plant", "", ZoneId.of("Asia/Shanghai"), "", null, null, false));
        south = workbench.sites().save(new Site(null, "S1", "South plant", "", ZoneId.of("Asia/Shanghai"), "", null, null, false));
        server = asset(north, "N1-SRV-1", AssetKind.SERVER, LocalDate.of(2026, 11, 20));
        printer = asset(south, "S1-PRN-1", AssetKind.PRINTER, null);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void aCheckNeverDoneIsDueSinceTheAssetWasBoughtOrFromToday() {
        var due = workbench.maintenance().due(null, null, TODAY);

        assertThat(due).extracting(DueCheck::tag, DueCheck::earliestDue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("N1-SRV-1", LocalDate.of(2026, 11, 20)),
                org.assertj.core.groups.Tuple.tuple("S1-PRN-1", TODAY));
        assertThat(workbench.maintenance().dueCounts()).isEqualTo(new DueCounts(1, 1, 0));
    }

    @Test
    void theDueListNarrowsBySiteAndKind() {
        assertThat(workbench.maintenance().due(south.id(), null, TODAY)).extracting(DueCheck::tag).containsExactly("S1-PRN-1");
        assertThat(workbench.maintenance().due(null, Set.of(AssetKind.SERVER), TODAY)).extracting(DueCheck::tag)
                .containsExactly("N1-SRV-1");
    }

    @Test
    void aFinishedInspectionPutsEachCheckOffByItsOwnFrequency() {
        inspectTheServer();

        assertThat(workbench.maintenance().due(north.id(), null, TODAY)).isEmpty();
        var nextMonth = workbench.maintenance().due(north.id(), null, TODAY.plusMonths(1));
        assertThat(nextMonth).singleElement().satisfies(due -> {
            assertThat(due.earliestDue()).isEqualTo(LocalDate.of(2027, 1, 4));
            assertThat(due.items()).extracting(ChecklistItem::key)
                    .containsExactly("power-cable", "psu-12v", "memory", "disks", "free-space");
        });
        assertThat(workbench.maintenance().due(north.id(), null, TODAY.plusMonths(3)).getFirst().items())
                .extracting(ChecklistItem::key).doesNotContain("motherboard").contains("fans", "gpu");
    }

    @Test
    void aCheckFinishedAfterTheListWasShownLeavesTheListShownAgain() {
        assertThat(workbench.maintenance().due(null, null, TODAY)).extracting(DueCheck::tag).contains("N1-SRV-1");

        inspectTheServer();

        assertThat(workbench.maintenance().due(null, null, TODAY)).extracting(DueCheck::tag).containsExactly("S1-PRN-1");
    }

    @Test
    void anAssetRetiredAfterTheListWasShownLeavesTheListShownAgain() {
        assertThat(workbench.maintenance().due(null, null, TODAY)).extracting(DueCheck::tag).contains("N1-SRV-1");

        retire(server);

        assertThat(workbench.maintenance().due(null, null, TODAY)).extracting(DueCheck::tag).containsExactly("S1-PRN-1");
    }

    @Test
    void anAssetOutOfServiceHasNothingDue() {
        retire(server);

        assertThat(workbench.maintenance().due(null, null, TODAY)).extracting(DueCheck::tag).containsExactly("S1-PRN-1");
    }

    private void inspectTheServer() {
        ChecklistTemplate check = workbench.maintenance().templatesFor(AssetKind.SERVER).getFirst();
        Inspection inspection = workbench.maintenance().start(server.id(), check.id());
        for (ChecklistItem item : check.items()) {
            workbench.maintenance().answer(inspection.id(), item.id(), switch (item.answerType()) {
                case READING -> Answer.reading(item.lowerLimit() != null ? item.lowerLimit().add(BigDecimal.ONE).toPlainString() : "50");
                default -> Answer.verdict(CheckOutcome.PASS);
            });
        }
        workbench.maintenance().finish(inspection.id(), "Li Na", InspectionTest.SIGNATURE, Locale.ENGLISH);
    }

    private void retire(Asset asset) {
        workbench.assets().save(new Asset(asset.id(), asset.siteId(), asset.tag(), asset.name(), asset.kind(),
                asset.make(), asset.model(), asset.serial(), asset.location(), asset.ipAddress(), asset.hostname(),
                AssetStatus.RETIRED, asset.purchasedOn(), asset.warrantyEndsOn(), asset.notes(), false));
    }

    private Asset asset(Site site, String tag, AssetKind kind, LocalDate bought) {
        return workbench.assets().save(new Asset(null, site.id(), tag, "Asset " + tag, kind, "HP", "M1", "SN" + tag, null,
                kind == AssetKind.SERVER ? "10.0.0.9" : null, null, AssetStatus.IN_SERVICE, bought, null, null, false));
    }
}
