package org.techbench.service.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.service.Progress;

/** The mapping step: how each column is read, values read as the user says, and both remembered for the next such file. */
class ImportMappingStepTest {

    /** A customer's own list: German headers, its own words for kinds and statuses. */
    private static final String CUSTOMERS_LIST = """
            Kunde;Inventar;Bezeichnung;Art;Zustand
            N1;T-1;Lager Tablet;Tablet;aktiv
            N1;T-2;Tablet Empfang;Tablet;aktiv
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

    private static ImportMapping byHand() {
        return ImportMapping.lenient().withColumn("Kunde", "Site").withColumn("Inventar", "Tag")
                .withColumn("Bezeichnung", "Name").withColumn("Art", "Kind").withColumn("Zustand", "Status");
    }

    private ImportPlan recalling(Path file, ImportMapping mapping) {
        return register.workbench.assetImport().planRecalling(file, new ImportOptions(true, true, mapping), Progress.NONE);
    }

    @Test
    void everyColumnIsListedWithTheFieldItFillsHowThatWasDecidedAndItsFirstValue() throws IOException {
        Path file = csv("snipe.csv", """
                Item Name,Category,Asset Tag,Purchase Cost,Site
                Finance laptop,Laptops,ASSET-0001,1133.50,N1
                """);
        ImportPlan plan = recalling(file, ImportMapping.lenient().withColumn("Site", "Site"));
        assertThat(plan.columns()).extracting(ColumnReading::header, ColumnReading::sample, ColumnReading::field,
                ColumnReading::source).containsExactly(
                tuple("Item Name", "Finance laptop", AssetField.NAME, ColumnReading.Source.PRESET),
                tuple("Category", "Laptops", AssetField.KIND, ColumnReading.Source.PRESET),
                tuple("Asset Tag", "ASSET-0001", AssetField.TAG, ColumnReading.Source.PRESET),
                tuple("Purchase Cost", "1133.50", null, ColumnReading.Source.UNKNOWN),
                tuple("Site", "N1", AssetField.SITE, ColumnReading.Source.BY_HAND));
    }

    @Test
    void aValueTheUserMapsIsReadAsTheirChoiceInsteadOfOther() throws IOException {
        Path file = csv("list.csv", CUSTOMERS_LIST);
        ImportPlan guessed = recalling(file, byHand());
        assertThat(guessed.notices()).extracting(ImportNotice::code, ImportNotice::value, ImportNotice::rows).contains(
                tuple(ImportNotice.Code.KIND_AS_OTHER, "Tablet", 2),
                tuple(ImportNotice.Code.STATUS_AS_IN_SERVICE, "aktiv", 2));

        ImportPlan mapped = recalling(file, byHand().withKind("tablet", AssetKind.LAPTOP).withStatus("AKTIV", AssetStatus.SPARE));
        assertThat(mapped.sample().creates()).extracting(Asset::kind, Asset::status)
                .containsOnly(tuple(AssetKind.LAPTOP, AssetStatus.SPARE));
        assertThat(mapped.notices()).extracting(ImportNotice::code)
                .doesNotContain(ImportNotice.Code.KIND_AS_OTHER, ImportNotice.Code.STATUS_AS_IN_SERVICE);
    }

    @Test
    void theNextFileWithTheSameHeadersIsReadAsTheLastOneWasWithoutAsking() throws IOException {
        var importer = register.workbench.assetImport();
        ImportPlan first = recalling(csv("march.csv", CUSTOMERS_LIST), byHand().withKind("Tablet", AssetKind.LAPTOP)
                .withDateOrder(DateOrder.DAY_FIRST));
        importer.apply(first, Progress.NONE);

        ImportPlan next = recalling(csv("april.csv", """
                Kunde;Inventar;Bezeichnung;Art;Zustand
                N1;T-3;Tablet Werkstatt;Tablet;aktiv
                """), ImportMapping.lenient());
        assertThat(next.problems()).isEmpty();
        assertThat(next.sample().creates()).extracting(Asset::tag, Asset::kind).containsExactly(tuple("T-3", AssetKind.LAPTOP));
        assertThat(next.columns()).extracting(ColumnReading::source).containsOnly(ColumnReading.Source.BY_HAND);
        assertThat(next.options().mapping().dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
    }

    @Test
    void theSiteGivenToRowsWithoutOneIsRememberedForTheNextSuchFile() throws IOException {
        String headers = "Item Name,Category,Asset Tag,Status\n";
        var importer = register.workbench.assetImport();
        importer.apply(recalling(csv("march.csv", headers + "Finance laptop,Laptops,NB-1,Deployed\n"),
                ImportMapping.lenient().withSites("N1", false)), Progress.NONE);

        ImportPlan next = recalling(csv("april.csv", headers + "Sales laptop,Laptops,NB-2,Deployed\n"), ImportMapping.lenient());
        assertThat(next.problems()).isEmpty();
        assertThat(next.sample().creates()).extracting(Asset::tag, Asset::siteId).containsExactly(tuple("NB-2", register.north.id()));
    }

    @Test
    void aFileWithOtherHeadersGetsNoRememberedColumnsButTheValuesLearntStillApply() throws IOException {
        var importer = register.workbench.assetImport();
        importer.apply(recalling(csv("march.csv", CUSTOMERS_LIST), byHand().withKind("Tablet", AssetKind.LAPTOP)),
                Progress.NONE);

        ImportPlan other = recalling(csv("own.csv", """
                Site,Tag,Name,Kind,Zustand
                N1,T-9,Tablet Lager,Tablet,aktiv
                """), ImportMapping.lenient());
        assertThat(other.columns()).extracting(ColumnReading::header, ColumnReading::source).contains(
                tuple("Site", ColumnReading.Source.HEADER), tuple("Zustand", ColumnReading.Source.UNKNOWN));
        assertThat(other.sample().creates()).extracting(Asset::kind).containsExactly(AssetKind.LAPTOP);
    }

    @Test
    void aDamagedMemoryFileIsIgnoredAndTheFileIsReadByItsHeaders() throws IOException {
        Files.write(register.workbench.folder().importMemory(), new byte[] {'k', 'i', 'n', 'd', '.', '\\', 'u', 'Z', '='});
        ImportPlan plan = recalling(csv("own.csv", "Site,Tag,Name,Kind\nN1,PC-1,Desk PC,DESKTOP\n"), ImportMapping.lenient());
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.sample().creates()).extracting(Asset::tag).containsExactly("PC-1");
        assertThat(Map.copyOf(plan.options().mapping().kinds())).isEmpty();
    }
}
