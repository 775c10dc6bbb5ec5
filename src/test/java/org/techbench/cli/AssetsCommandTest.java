package org.techbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetsCommandTest {

    @TempDir
    Path folder;
    @TempDir
    Path files;

    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CommandLineRunner.build((data, exit) -> 0, new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    @BeforeEach
    void fill() {
        assertThat(run("demo-data", "--data", folder.toString(), "--sites", "2", "--assets", "40")).isZero();
    }

    @Test
    void listPrintsCsvWithAHeaderAndTheLimit() {
        assertThat(run("assets", "list", "--data", folder.toString(), "--site", "S002", "--limit", "3", "--format", "csv"))
                .isZero();
        String[] lines = out.toString().strip().split("\r?\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("site,tag,name,kind");
        assertThat(lines[1]).startsWith("S002,S002-");
    }

    @Test
    void listPrintsJsonThatSearchNarrows() {
        assertThat(run("assets", "list", "--data", folder.toString(), "--query", "S001-", "--limit", "0", "--format", "json"))
                .isZero();
        assertThat(out.toString().strip()).startsWith("[").endsWith("]").contains("\"site\":\"S001\"")
                .doesNotContain("\"site\":\"S002\"");
    }

    @Test
    void unknownSiteIsOneLineAndExitOne() {
        assertThat(run("assets", "list", "--data", folder.toString(), "--site", "NOPE")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("techbench: No site with the code NOPE.");
    }

    @Test
    void importListsEveryProblemAndWritesNothing() throws Exception {
        Path file = files.resolve("bad.csv");
        Files.writeString(file, "Site,Tag,Name,Kind,IP address\nS001,X-1,Switch,SWITCH,999.1.1.1\nS001,X-2,Toaster,TOASTER,\n",
                StandardCharsets.UTF_8);
        assertThat(run("assets", "import", "--data", folder.toString(), "--strict", file.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("bad row 2, IP address: 999.1.1.1 is not an IPv4 or IPv6 address")
                .contains("bad row 3, Kind: TOASTER is not one of the allowed values");
        assertThat(err.toString()).contains("nothing was imported");
        run("assets", "list", "--data", folder.toString(), "--query", "X-", "--format", "csv");
        assertThat(out.toString().strip()).doesNotContain("X-1");
    }

    @Test
    void aSnipeItExportGoesIntoTheSiteGivenAndTheNoticesSayWhatWasAssumed() throws Exception {
        Path file = files.resolve("snipe.csv");
        Files.writeString(file, """
                Item Name,Category,Manufacturer,Serial Number,Asset Tag,Purchase Date,Company,Status,Warranty Months
                Finance laptop,Laptops,Dell,SN-1,X-NB-1,4/5/23,Alpha,Deployed,36
                Meeting phone,VOIP Phones,Cisco,SN-2,X-PH-2,12/27/22,,Pending,
                """, StandardCharsets.UTF_8);

        assertThat(run("assets", "import", "--data", folder.toString(), "--site", "S001", file.toString())).isZero();

        assertThat(out.toString()).contains("Notice: read as a snipe-it export\n")
                .contains("Notice: column Company is not a field: left out\n")
                .contains("Notice: kind VOIP Phones is none of ours: imported as Other\n")
                .contains("Notice: dates with the year last read as month/day/year\n")
                .contains("Imported: 2 new assets");
        assertThat(tagsMatching("X-")).containsExactly("X-NB-1", "X-PH-2");
    }

    @Test
    void columnsMappedOnTheCommandLineAreReadAsTheirFields() throws Exception {
        Path file = files.resolve("own.csv");
        Files.writeString(file, "Kunde,Inventar,Bezeichnung,Art,Farbe\nNEU-1,X-77,Lager PC,desktop,grau\n", StandardCharsets.UTF_8);

        assertThat(run("assets", "import", "--data", folder.toString(), "--map", "Kunde=Site", "--map", "Inventar=Tag",
                "--map", "Bezeichnung=Name", "--map", "Art=Kind", "--map", "Farbe=ignore", "--create-sites",
                file.toString())).isZero();

        assertThat(out.toString()).contains("Notice: site NEU-1 is new: it is created\n")
                .contains("Imported: 1 new assets, 0 updated, 0 components, 0 software; 1 new sites.");
        assertThat(tagsMatching("X-77")).containsExactly("X-77");
    }

    @Test
    void aMappingToNoFieldIsRefusedBeforeTheFileIsRead() {
        assertThat(run("assets", "import", "--data", folder.toString(), "--map", "Asset Tag=Colour",
                files.resolve("never-read.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("techbench: --map Asset Tag=Colour: Colour is not a field; use one of Record, Site, Tag,");
    }

    @Test
    void exportedFileImportsBackUnchanged() {
        Path file = files.resolve("all.csv");
        assertThat(run("assets", "export", "--data", folder.toString(), file.toString())).isZero();
        assertThat(out.toString()).contains("Exported 40 assets");
        assertThat(run("assets", "import", "--data", folder.toString(), file.toString())).isZero();
        assertThat(out.toString()).contains("0 new assets, 0 updated, 40 unchanged");
    }

    @Test
    void exportRefusesAnUnknownExtension() {
        assertThat(run("assets", "export", "--data", folder.toString(), files.resolve("all.pdf").toString())).isEqualTo(1);
        assertThat(err.toString()).contains(".csv or .xlsx");
    }

    @Test
    void aDryRunReportsWhatWouldGoInAndWritesNothing() throws Exception {
        Path file = files.resolve("new.csv");
        Files.writeString(file, "Site,Tag,Name,Kind\nS001,X-1,Desk PC,DESKTOP\n", StandardCharsets.UTF_8);

        assertThat(run("assets", "import", "--data", folder.toString(), "--dry-run", file.toString())).isZero();

        assertThat(out.toString()).contains("1 new assets").contains("Dry run: nothing was written.");
        assertThat(tagsMatching("X-")).isEmpty();
    }

    @Test
    void skipExistingLeavesAnAssetWithTheSameTagAsItWas() throws Exception {
        String tag = tagsMatching("S001-MON-").getFirst();
        Path file = files.resolve("renamed.csv");
        Files.writeString(file, "Site,Tag,Name,Kind\nS001," + tag + ",Renamed PC,MONITOR\n", StandardCharsets.UTF_8);
        String before = namesMatching(tag);

        assertThat(run("assets", "import", "--data", folder.toString(), "--skip-existing", file.toString())).isZero();
        assertThat(out.toString()).contains("1 skipped");
        assertThat(namesMatching(tag)).isEqualTo(before).doesNotContain("Renamed PC");

        assertThat(run("assets", "import", "--data", folder.toString(), file.toString())).isZero();
        assertThat(out.toString()).contains("1 updated");
        assertThat(namesMatching(tag)).isEqualTo("Renamed PC");
    }

    @Test
    void validOnlyImportsTheGoodRowsOfAFileWithProblems() throws Exception {
        Path file = files.resolve("mixed.csv");
        Files.writeString(file, "Site,Tag,Name,Kind,IP address\nS001,X-1,Switch,SWITCH,10.0.0.1\nS001,X-2,Switch,SWITCH,999.1.1.1\n",
                StandardCharsets.UTF_8);

        assertThat(run("assets", "import", "--data", folder.toString(), "--valid-only", file.toString())).isZero();

        assertThat(out.toString()).contains("mixed row 3, IP address").contains("Imported: 1 new assets");
        assertThat(tagsMatching("X-")).containsExactly("X-1");
    }

    @Test
    void theTableFormatLinesColumnsUpUnderAHeader() {
        assertThat(run("assets", "list", "--data", folder.toString(), "--site", "S001", "--limit", "2", "--format", "table"))
                .isZero();
        String[] lines = out.toString().split("\r?\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("SITE     TAG");
        assertThat(lines[1]).startsWith("S001     S001-");
        assertThat(lines[1].indexOf(" S001-")).isEqualTo(lines[0].indexOf(" TAG"));
        assertThat(err.toString().strip()).isEqualTo("2 of 20 matching assets shown");
    }

    @Test
    void anExportTakesOnlyTheAssetsItsFiltersSelect() throws Exception {
        Path file = files.resolve("s002.csv");
        assertThat(run("assets", "export", "--data", folder.toString(), "--site", "S002", file.toString())).isZero();
        assertThat(out.toString()).contains("Exported 20 assets");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line.split(",")[1]).isEqualTo("S002"));
        assertThat(lines).filteredOn(line -> line.startsWith("asset,")).hasSize(20);
    }

    @Test
    void anExportToExcelImportsBackUnchanged() throws Exception {
        Path file = files.resolve("all.xlsx");
        assertThat(run("assets", "export", "--data", folder.toString(), file.toString())).isZero();
        assertThat(out.toString()).contains("Exported 40 assets");
        try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile())) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(40);
        }
        assertThat(run("assets", "import", "--data", folder.toString(), file.toString())).isZero();
        assertThat(out.toString()).contains("(XLSX").contains("0 new assets, 0 updated, 40 unchanged");
    }

    private List<String> tagsMatching(String query) {
        assertThat(run("assets", "list", "--data", folder.toString(), "--query", query, "--limit", "0", "--format", "csv"))
                .isZero();
        return out.toString().lines().skip(1).map(line -> line.split(",")[1]).toList();
    }

    private String namesMatching(String query) {
        assertThat(run("assets", "list", "--data", folder.toString(), "--query", query, "--format", "csv")).isZero();
        return out.toString().lines().skip(1).map(line -> line.split(",")[2]).collect(java.util.stream.Collectors.joining("|"));
    }
}
