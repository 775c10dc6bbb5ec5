package org.techbench.service.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetListRow;
import org.techbench.domain.asset.AssetSortKey;
import org.techbench.domain.asset.WarrantyState;

class AssetSearchTest {

    @TempDir
    Path folder;
    Register register;
    Asset core;
    Asset printer;
    Asset laptop;

    @BeforeEach
    void fill() {
        register = new Register(folder);
        core = register.save(register.north, "N1-SRV-001", "核心数据库服务器", AssetKind.SERVER, "CN7X0042AB", "10.20.1.5",
                Register.TODAY.minusDays(3));
        printer = register.save(register.north, "N1-PRN-002", "Front desk printer", AssetKind.PRINTER, "PRX-778812",
                "fe80::1ff:fe23:4567:890a", Register.TODAY.plusDays(30));
        laptop = register.save(register.south, "S2-LAP-003", "Finance laptop", AssetKind.LAPTOP, "LT-55120", null,
                Register.TODAY.plusYears(2));
    }

    @AfterEach
    void close() {
        register.close();
    }

    private List<String> tags(AssetFilter filter) {
        List<UUID> ids = register.assets().match(filter);
        return register.assets().rows(ids).stream().map(AssetListRow::tag).toList();
    }

    @Test
    void searchFindsAssetByPartOfItsSerial() {
        assertThat(tags(AssetFilter.all().withText("0042a"))).containsExactly("N1-SRV-001");
    }

    @Test
    void searchFindsAssetByChineseName() {
        assertThat(tags(AssetFilter.all().withText("数据库"))).containsExactly("N1-SRV-001");
    }

    @Test
    void fullWidthQueryMatchesAsciiSerial() {
        assertThat(tags(AssetFilter.all().withText("ＣＮ７Ｘ"))).containsExactly("N1-SRV-001");
    }

    @Test
    void searchMatchesIpAddressesOfBothFamilies() {
        assertThat(tags(AssetFilter.all().withText("10.20.1"))).containsExactly("N1-SRV-001");
        assertThat(tags(AssetFilter.all().withText("fe80::1ff"))).containsExactly("N1-PRN-002");
    }

    @Test
    void everyWordOfTheQueryMustMatch() {
        assertThat(tags(AssetFilter.all().withText("finance 55120"))).containsExactly("S2-LAP-003");
        assertThat(tags(AssetFilter.all().withText("finance printer"))).isEmpty();
    }

    @Test
    void filtersBySiteKindAndWarranty() {
        assertThat(tags(AssetFilter.all().withSite(register.south.id()))).containsExactly("S2-LAP-003");
        assertThat(tags(AssetFilter.all().withKind(AssetKind.PRINTER))).containsExactly("N1-PRN-002");
        assertThat(tags(AssetFilter.all().withWarranty(WarrantyState.EXPIRED))).containsExactly("N1-SRV-001");
        assertThat(tags(AssetFilter.all().withWarranty(WarrantyState.EXPIRING))).containsExactly("N1-PRN-002");
    }

    @Test
    void sortsInTheDatabaseByTheChosenColumnBothWays() {
        assertThat(tags(AssetFilter.all().sortedBy(AssetSortKey.NAME, true)))
                .containsExactly("S2-LAP-003", "N1-PRN-002", "N1-SRV-001");
        assertThat(tags(AssetFilter.all().sortedBy(AssetSortKey.NAME, false)))
                .containsExactly("N1-SRV-001", "N1-PRN-002", "S2-LAP-003");
    }

    @Test
    void archivedAssetsAreHiddenUnlessAskedFor() {
        register.assets().archive(printer.id());
        assertThat(tags(AssetFilter.all())).doesNotContain("N1-PRN-002");
        assertThat(tags(AssetFilter.all().withArchived(true))).contains("N1-PRN-002");
    }

    @Test
    void savedChangesAreFoundByTheNextSearch() {
        assertThat(tags(AssetFilter.all().withText("reception"))).isEmpty();
        register.assets().save(new Asset(printer.id(), printer.siteId(), printer.tag(), "Reception printer",
                printer.kind(), printer.make(), printer.model(), printer.serial(), printer.location(), printer.ipAddress(),
                printer.hostname(), printer.status(), printer.purchasedOn(), printer.warrantyEndsOn(), null, false));
        assertThat(tags(AssetFilter.all().withText("reception"))).containsExactly("N1-PRN-002");
    }
}
