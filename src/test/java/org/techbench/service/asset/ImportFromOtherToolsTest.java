package org.techbench.service.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.service.Progress;

/** Files from the tools a team used before: Snipe-IT and GLPI exports, hand-made mappings, dates as people write them. */
class ImportFromOtherToolsTest {

    /** Snipe-IT's own asset sample writes these headers, categories for kinds and dates as 12/27/22. */
    private static final String SNIPE_IT = """
            Full Name,Email,Username,Item Name,Category,Model name,Manufacturer,Model Number,Serial Number,Asset Tag,Location,Notes,Purchase Date,Purchase Cost,Company,Status,Warranty Months,Supplier
            Bonnie Nelson,bn@example.com,bn,Finance laptop,Laptops,Latitude 5440,Dell,5440,SN-DL-001,ASSET-0001,2nd floor,,4/5/23,1133.50,Alpha,Deployed,36,Blogspan
            Judith Ferguson,jf@example.com,jf,Reception PC,Desktops,OptiPlex 7010,Dell,7010,SN-DO-002,ASSET-0002,Front desk,,12/27/22,763.46,,Ready to Deploy,12,Oyope
            ,,,Meeting room phone,VOIP Phones,CP-8841,Cisco,8841,SN-CP-003,ASSET-0003,Room 3,Wall mounted,3/8/21,233.57,,Pending Diagnostics,,Lajo
            """;
    /** GLPI's computer list exported by a French-speaking user: ';'-separated, an inventory number sometimes empty. */
    private static final String GLPI = """
            Nom;Entité;Statut;Fabricant;Numéro de série;Type;Modèle;Lieu;Numéro d'inventaire
            PC-COMPTA-01;Entité racine > Client A;En service;HP;CZC1234;Desktop;EliteDesk 800 G6;Bureau 2;INV-001
            PORTABLE-DIR;Entité racine > Client A;En stock;Lenovo;PF3K9Z;Laptop;ThinkPad T14;Direction;
            """;

    @TempDir
    Path folder;
    @TempDir
    Path files;
    Register register;

    @BeforeEach
    void open() {
        register = new Register(folder);
    }

    @AfterEach
    void close() {
        register.close();
    }

    private Path csv(String name, String text) throws IOException {
        Path file = files.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private ImportPlan plan(Path file, ImportMapping mapping) {
        return register.workbench.assetImport().plan(file, new ImportOptions(true, true, mapping), Progress.NONE);
    }

    private static ImportMapping into(String site) {
        return new ImportMapping(Map.of(), null, site, false, false, null);
    }

    private Asset imported(String tag) {
        var assets = register.workbench.assets();
        return assets.match(new AssetFilter(tag, null, null, null, null, false, null, true)).stream()
                .map(id -> assets.detail(id).asset()).filter(asset -> asset.tag().equals(tag)).findFirst().orElseThrow();
    }

    @Test
    void aSnipeItExportGoesInWholeWithItsCategoriesStatusesAndDatesRead() throws IOException {
        ImportPlan plan = plan(csv("snipe.csv", SNIPE_IT), into("N1"));
        assertThat(plan.problems()).isEmpty();
        register.workbench.assetImport().apply(plan, Progress.NONE);

        Asset laptop = imported("ASSET-0001");
        assertThat(laptop.kind()).isEqualTo(AssetKind.LAPTOP);
        assertThat(laptop.status()).isEqualTo(AssetStatus.IN_SERVICE);
        assertThat(laptop.purchasedOn()).isEqualTo(LocalDate.of(2023, 4, 5));
        assertThat(laptop.warrantyEndsOn()).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(imported("ASSET-0002").purchasedOn()).isEqualTo(LocalDate.of(2022, 12, 27));
        assertThat(imported("ASSET-0003").kind()).isEqualTo(AssetKind.OTHER);
    }

    @Test
    void aSnipeItExportSaysWhatItAssumed() throws IOException {
        ImportPlan plan = plan(csv("snipe.csv", SNIPE_IT), into("N1"));
        assertThat(plan.notices()).extracting(ImportNotice::code, ImportNotice::value).contains(
                tuple(ImportNotice.Code.PRESET, "snipe-it"),
                tuple(ImportNotice.Code.KIND_AS_OTHER, "VOIP Phones"),
                tuple(ImportNotice.Code.DATE_ORDER, "MONTH_FIRST"),
                tuple(ImportNotice.Code.UNKNOWN_COLUMN, "Purchase Cost"));
    }

    @Test
    void aKindThatMapsToNothingIsRefusedWhenStrict() throws IOException {
        ImportPlan plan = plan(csv("snipe.csv", SNIPE_IT), new ImportMapping(Map.of(), null, "N1", false, true, null));
        assertThat(plan.problems()).extracting(ImportProblem::code, ImportProblem::value)
                .containsExactly(tuple(ProblemCode.UNKNOWN_VALUE, "VOIP Phones"));
    }

    @Test
    void aGlpiExportInFrenchGoesInAndAnEmptyInventoryNumberTakesTheComputersName() throws IOException {
        ImportPlan plan = plan(csv("glpi.csv", GLPI), into("N1"));
        assertThat(plan.problems()).isEmpty();
        register.workbench.assetImport().apply(plan, Progress.NONE);

        assertThat(imported("INV-001").kind()).isEqualTo(AssetKind.DESKTOP);
        assertThat(imported("PORTABLE-DIR").status()).isEqualTo(AssetStatus.SPARE);
        assertThat(imported("PORTABLE-DIR").serial()).isEqualTo("PF3K9Z");
    }

    @Test
    void aPresetThatDoesNotFitTheFileIsRefusedNamingWhatIsMissing() throws IOException {
        Path file = csv("snipe.csv", SNIPE_IT);
        assertThatThrownBy(() -> plan(file, new ImportMapping(Map.of(), ImportPreset.GLPI, "N1", false, false, null)))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessage("snipe.csv does not look like a glpi export: it has no column Inventory number / Numéro d'inventaire"
                        + " / 库存编号 / 资产编号, Entity / Entité / 实体. Choose another preset, or map its columns.");
    }

    @Test
    void columnsMappedByHandAreReadAsTheFieldsNamed() throws IOException {
        Path file = csv("own.csv", "Kunde;Inventar;Bezeichnung;Art;Farbe\nN1;PC-77;Lager PC;desktop;grau\n");
        ImportPlan plan = plan(file, new ImportMapping(Map.of("Kunde", "Site", "Inventar", "Tag", "Bezeichnung", "Name",
                "Art", "Kind", "Farbe", ""), null, null, false, false, null));
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.sample().creates()).extracting(Asset::tag, Asset::name, Asset::kind)
                .containsExactly(tuple("PC-77", "Lager PC", AssetKind.DESKTOP));
        assertThat(plan.notices()).extracting(ImportNotice::code, ImportNotice::value)
                .containsExactly(tuple(ImportNotice.Code.COLUMN_IGNORED, "Farbe"));
    }

    @Test
    void twoColumnsMappedToOneFieldAreOneProblemAndNothingIsWritten() throws IOException {
        Path file = csv("two.csv", "Site,Tag,Name,Kind,Asset number\nN1,PC-1,PC,DESKTOP,A-1\n");
        ImportPlan plan = plan(file, new ImportMapping(Map.of("Asset number", "Tag"), null, null, false, false, null));
        assertThat(plan.problems()).extracting(ImportProblem::code, ImportProblem::value)
                .containsExactly(tuple(ProblemCode.COLUMN_TWICE, "Tag"));
        assertThat(plan.applicable()).isFalse();
    }

    @Test
    void aFileWithoutARequiredColumnIsOneProblemNotOneARow() throws IOException {
        Path file = csv("notag.csv", "Site,Name,Kind\nN1,PC,DESKTOP\nN1,PC 2,DESKTOP\n");
        assertThat(plan(file, ImportMapping.none()).problems()).extracting(ImportProblem::code, ImportProblem::value)
                .containsExactly(tuple(ProblemCode.MISSING_COLUMN, "Tag"));
    }

    @Test
    void everyCommonDateFormIsRead() throws IOException {
        String rows = """
                Site,Tag,Name,Kind,Purchased on
                N1,D-1,A,DESKTOP,2024-03-31
                N1,D-2,B,DESKTOP,31/03/2024
                N1,D-3,C,DESKTOP,2024年3月31日
                N1,D-4,D,DESKTOP,2024.3.31
                N1,D-5,E,DESKTOP,2024/3/31
                """;
        ImportPlan plan = plan(csv("dates.csv", rows), ImportMapping.none());
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.sample().creates()).extracting(Asset::purchasedOn).containsOnly(LocalDate.of(2024, 3, 31));
    }

    @Test
    void anAmbiguousDateIsDecidedByTheOtherDatesOfTheFile() throws IOException {
        String rows = "Site,Tag,Name,Kind,Purchased on\nN1,D-1,A,DESKTOP,03/04/24\nN1,D-2,B,DESKTOP,3/31/24\n";
        ImportPlan plan = plan(csv("mdy.csv", rows), ImportMapping.none());
        assertThat(plan.sample().creates()).extracting(Asset::purchasedOn)
                .containsExactly(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 31));
    }

    @Test
    void anAmbiguousDateNothingDecidesIsOneProblemUntilTheOrderIsGiven() throws IOException {
        Path file = csv("amb.csv", "Site,Tag,Name,Kind,Purchased on\nN1,D-1,A,DESKTOP,03/04/24\nN1,D-2,B,DESKTOP,05/06/24\n");
        assertThat(plan(file, ImportMapping.none()).problems()).extracting(ImportProblem::code, ImportProblem::value)
                .containsExactly(tuple(ProblemCode.DATE_ORDER_UNKNOWN, "03/04/24"));
        ImportPlan dayFirst = plan(file, new ImportMapping(Map.of(), null, null, false, true, DateOrder.DAY_FIRST));
        assertThat(dayFirst.sample().creates()).extracting(Asset::purchasedOn)
                .containsExactly(LocalDate.of(2024, 4, 3), LocalDate.of(2024, 6, 5));
    }

    @Test
    void aDateThatFitsNoFormIsAProblemOfItsRow() throws IOException {
        Path file = csv("bad.csv", "Site,Tag,Name,Kind,Purchased on\nN1,D-1,A,DESKTOP,last spring\n");
        assertThat(plan(file, ImportMapping.none()).problems()).extracting(ImportProblem::row, ImportProblem::code)
                .containsExactly(tuple(2, ProblemCode.NOT_A_DATE));
    }

    @Test
    void unknownSiteCodesBecomeNewSitesOnlyWhenAsked() throws IOException {
        Path file = csv("new.csv", "Site,Tag,Name,Kind\nH7,PC-1,PC,DESKTOP\n");
        assertThat(plan(file, ImportMapping.none()).problems()).extracting(ImportProblem::code)
                .containsExactly(ProblemCode.UNKNOWN_SITE);
        ImportPlan plan = plan(file, new ImportMapping(Map.of(), null, null, true, true, null));
        register.workbench.assetImport().apply(plan, Progress.NONE);
        assertThat(register.workbench.sites().all()).extracting(site -> site.code()).contains("H7");
        assertThat(imported("PC-1").siteId()).isEqualTo(plan.newSites().getFirst().id());
    }

    @Test
    void aSiteCodeThatCannotBeOneIsAProblemAndNoSiteIsCreated() throws IOException {
        Path file = csv("bad-site.csv", "Site,Tag,Name,Kind\n\"Acme, Inc.\",PC-1,PC,DESKTOP\n");
        ImportPlan plan = plan(file, new ImportMapping(Map.of(), null, null, true, true, null));
        assertThat(plan.problems()).extracting(ImportProblem::code, ImportProblem::value)
                .containsExactly(tuple(ProblemCode.INVALID_SITE_CODE, "Acme, Inc."));
        assertThat(plan.newSites()).isEmpty();
    }

    @Test
    void aDefaultSiteTheStoreDoesNotKnowIsRefusedBeforeTheFileIsRead() throws IOException {
        Path file = csv("snipe.csv", SNIPE_IT);
        assertThatThrownBy(() -> plan(file, into("NOWHERE"))).isInstanceOf(ImportRefusedException.class)
                .hasMessage("No site has the code NOWHERE: set it up first, or add --create-sites to create it with the import.");
    }
}
