package org.techbench.service.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.ComponentKind;
import org.techbench.domain.asset.TimelineKind;
import org.techbench.domain.asset.WarrantyState;

class AssetEditingTest {

    @TempDir
    Path folder;
    Register register;

    @BeforeEach
    void open() {
        register = new Register(folder);
    }

    @AfterEach
    void close() {
        register.close();
    }

    private static Asset draft(java.util.UUID site, String tag, AssetKind kind, String ip, LocalDate purchased,
                               LocalDate warranty) {
        return new Asset(null, site, tag, "Name", kind, null, null, null, null, ip, null, AssetStatus.IN_SERVICE,
                purchased, warranty, null, false);
    }

    @Test
    void tagMustBeUniqueWithinItsSiteOnly() {
        register.server(register.north, "T-1");
        Asset sameSite = draft(register.north.id(), "T-1", AssetKind.DESKTOP, null, null, null);
        Asset otherSite = draft(register.south.id(), "T-1", AssetKind.DESKTOP, null, null, null);
        assertThat(register.assets().check(sameSite)).extracting(FieldProblem::code).containsExactly(ProblemCode.TAG_TAKEN);
        assertThat(register.assets().check(otherSite)).isEmpty();
        assertThatThrownBy(() -> register.assets().save(sameSite)).isInstanceOf(AssetInvalidException.class);
    }

    @Test
    void requiredFieldsAreNamed() {
        Asset empty = new Asset(null, null, " ", "", null, null, null, null, null, null, null, null, null, null, null, false);
        assertThat(register.assets().check(empty)).extracting(FieldProblem::field)
                .contains(AssetField.TAG, AssetField.NAME, AssetField.SITE, AssetField.KIND, AssetField.STATUS);
    }

    @Test
    void warrantyCannotEndBeforePurchase() {
        Asset asset = draft(register.north.id(), "D-1", AssetKind.DESKTOP, null, LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 4, 30));
        assertThat(register.assets().check(asset)).extracting(FieldProblem::code)
                .containsExactly(ProblemCode.DATES_OUT_OF_ORDER);
    }

    @Test
    void ipAddressesAreCheckedForSyntaxInBothFamilies() {
        assertThat(AssetRules.isIpAddress("192.168.10.254")).isTrue();
        assertThat(AssetRules.isIpAddress("2001:db8::8a2e:370:7334")).isTrue();
        assertThat(AssetRules.isIpAddress("192.168.10.256")).isFalse();
        assertThat(AssetRules.isIpAddress("10.1")).isFalse();
        assertThat(AssetRules.isIpAddress("printer.local")).isFalse();
        assertThat(AssetRules.isIpAddress("2001:db8:::1")).isFalse();
    }

    @Test
    void networkGearNeedsAnIpAddressAndMonitorsHaveNone() {
        assertThat(register.assets().check(draft(register.north.id(), "SW-1", AssetKind.SWITCH, null, null, null)))
                .extracting(FieldProblem::code).containsExactly(ProblemCode.IP_REQUIRED_FOR_KIND);
        assertThat(register.assets().check(draft(register.north.id(), "M-1", AssetKind.MONITOR, "10.0.0.1", null, null)))
                .extracting(FieldProblem::code).containsExactly(ProblemCode.NO_IP_FOR_KIND);
    }

    @Test
    void archiveAndRestoreAreAudited() {
        Asset asset = register.server(register.north, "A-1");
        register.assets().archive(asset.id());
        assertThat(register.assets().detail(asset.id()).asset().archived()).isTrue();
        register.assets().restore(asset.id());
        assertThat(register.assets().detail(asset.id()).asset().archived()).isFalse();
        assertThat(register.workbench.auditOf(asset.id())).extracting(e -> e.action()).containsExactly("create", "archive", "restore");
    }

    @Test
    void replacingADiskKeepsTheOldOneInHistoryAndTheTimeline() {
        Asset asset = register.server(register.north, "R-1");
        Component old = register.assets().addComponent(asset.id(), new Component(null, null, null, ComponentKind.DISK,
                "Seagate", "Exos 7E8", "ZA1OLD", "4 TB", LocalDate.of(2022, 1, 10), null));
        LocalDate day = Register.TODAY.minusDays(1);
        Component fitted = register.assets().replaceComponent(old.id(), new Component(null, null, null, ComponentKind.DISK,
                "Seagate", "Exos X18", "ZR2NEW", "18 TB", null, null), day);

        AssetDetail detail = register.assets().detail(asset.id());
        assertThat(detail.fitted()).extracting(Component::serial).containsExactly("ZR2NEW");
        assertThat(detail.removed()).extracting(Component::serial, Component::removedOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ZA1OLD", day));
        assertThat(detail.timeline().subList(0, 2)).extracting(e -> e.kind(), e -> e.recordId()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TimelineKind.COMPONENT_REMOVED, old.id()),
                org.assertj.core.groups.Tuple.tuple(TimelineKind.COMPONENT_FITTED, fitted.id()));
    }

    @Test
    void aCapacityMustBeANumberWithAUnit() {
        Asset asset = register.server(register.north, "C-1");
        assertThatThrownBy(() -> register.assets().addComponent(asset.id(), new Component(null, null, null,
                ComponentKind.MEMORY, null, null, null, "lots", null, null)))
                .isInstanceOfSatisfying(AssetInvalidException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly(ProblemCode.NOT_A_CAPACITY));
    }

    @Test
    void detailTellsWarrantyStateAndAge() {
        Asset asset = register.save(register.north, "W-1", "Old server", AssetKind.SERVER, "X", "10.0.0.2",
                Register.TODAY.plusDays(60));
        AssetDetail detail = register.assets().detail(asset.id());
        assertThat(detail.warranty()).isEqualTo(WarrantyState.EXPIRING);
        assertThat(detail.age().getYears()).isEqualTo(4);
    }
}
