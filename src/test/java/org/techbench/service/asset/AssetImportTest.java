package org.techbench.service.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.domain.asset.AssetKind;
import org.techbench.service.CancelledException;
import org.techbench.service.Progress;
import org.techbench.service.RefusedException;

class AssetImportTest {

    private static final String HEADER = "Site,Tag,Name,Kind,Serial,IP address,Purchased on,Warranty ends on\n";

    @TempDir
    Path folder;
    @TempDir
    Path files;
    Register register;
    long assetsBefore;
    long changesBefore;

    @BeforeEach
    void open() {
        register = new Register(folder);
        register.server(register.north, "N1-OLD-1");
        assetsBefore = register.assetCount();
        changesBefore = register.pendingChanges();
    }

    @AfterEach
    void close() {
        register.close();
    }

    private AssetImportService importer() {
        return register.workbench.assetImport();
    }

    private Path file(String name, byte[] bytes) throws IOException {
        Path file = files.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path csv(String name, String text, Charset charset) throws IOException {
        return file(name, text.getBytes(charset));
    }

    private ImportPlan plan(Path file) {
        return importer().plan(file, ImportOptions.defaults(), Progress.NONE);
    }

    private void assertStoreUnchanged() {
        assertThat(register.assetCount()).isEqualTo(assetsBefore);
        assertThat(register.pendingChanges()).isEqualTo(changesBefore);
    }

    @Test
    void utf8CsvWithBomIsImportedInOneGo() throws IOException {
        Path file = csv("a.csv", "\uFEFF" + HEADER + "N1,N1-SRV-9,数据库服务器,SERVER,SN9,10.1.1.9,2024-01-02,2029-01-02\n",
                StandardCharsets.UTF_8);
        ImportPlan plan = plan(file);
        assertThat(plan.encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(plan.problems()).isEmpty();
        ImportResult result = importer().apply(plan, Progress.NONE);
        assertThat(result.created()).isEqualTo(1);
        assertThat(register.assets().rows(register.assets().match(AssetFilter.all().withText("数据库"))))
                .extracting(r -> r.tag()).containsExactly("N1-SRV-9");
    }

    @Test
    void gbkCsvWithChineseHeadersIsDetectedAndMapped() throws IOException {
        String text = "站点,资产标签,名称,类型,序列号,IP地址,状态\nN1,N1-PC-1,财务部电脑,台式机,PC001,,在用\n";
        ImportPlan plan = plan(csv("gbk.csv", text, Charset.forName("GBK")));
        assertThat(plan.encoding()).isEqualTo("GB18030");
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.sample().creates()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("财务部电脑");
            assertThat(a.kind()).isEqualTo(AssetKind.DESKTOP);
        });
    }

    @Test
    void gb18030TextWithFourByteCharactersIsImportedAsWritten() throws IOException {
        // U+2A6A5 (a rare character from CJK Extension B) takes four bytes in GB18030 and has no GBK code at all.
        String name = "机房\uD869\uDEA5号服务器";
        Path file = csv("gb18030.csv", "站点,资产标签,名称,类型,IP地址\nN1,N1-SRV-9," + name + ",服务器,10.0.0.9\n",
                Charset.forName("GB18030"));
        assertThat(Files.readAllBytes(file)).as("the file holds a four-byte sequence").containsSequence(
                (byte) 0x98, (byte) 0x35, (byte) 0xEE, (byte) 0x37);

        ImportPlan plan = plan(file);
        ImportResult result = importer().apply(plan, Progress.NONE);

        assertThat(plan.encoding()).isEqualTo("GB18030");
        assertThat(result.created()).isEqualTo(1);
        assertThat(register.assets().rows(register.assets().match(AssetFilter.all().withText("N1-SRV-9"))))
                .singleElement().satisfies(row -> assertThat(row.name()).isEqualTo(name));
    }

    @Test
    void aFileRefusedInTheChineseWindowIsExplainedInChinese() throws IOException {
        register.language.set(Locale.SIMPLIFIED_CHINESE);
        Path empty = file("empty.csv", new byte[0]);
        assertThatThrownBy(() -> plan(empty)).isInstanceOf(ImportRefusedException.class)
                .hasMessage(empty + " 是空文件（0 字节）。");
    }

    @Test
    void textInNeitherUtf8NorGbkIsRefusedWithTheReason() throws IOException {
        byte[] latin1 = (HEADER + "N1,N1-X,Caf\u00e9,SERVER,S,10.0.0.1,,\n").getBytes(StandardCharsets.ISO_8859_1);
        latin1[latin1.length - 30] = (byte) 0xFF;
        assertThatThrownBy(() -> plan(file("latin.csv", latin1))).isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("neither UTF-8 nor GB18030");
        assertStoreUnchanged();
    }

    @Test
    void everyProblemIsListedWithRowColumnValueAndReason() throws IOException {
        String text = HEADER
                + "N1,N1-A,Good,SERVER,S1,10.0.0.1,2024-01-01,2027-01-01\n"
                + "N1,N1-B,Bad date,SERVER,S2,10.0.0.2,2024-13-45,\n"
                + "N1,N1-C,Bad ip,SERVER,S3,10.0.0.300,,\n"
                + "N1,N1-A,Duplicate,SERVER,S4,10.0.0.4,,\n"
                + "XX,N1-D,Unknown site,SERVER,S5,10.0.0.5,,\n"
                + "N1,N1-E,Ragged,SERVER,S6,10.0.0.6,,,extra\n"
                + "N1,N1-F,Formula,SERVER,=1+1,10.0.0.7,,\n";
        ImportPlan plan = plan(csv("bad.csv", text, StandardCharsets.UTF_8));
        assertThat(plan.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::value,
                ImportProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "Purchased on", "2024-13-45", ProblemCode.NOT_A_DATE),
                org.assertj.core.groups.Tuple.tuple(4, "IP address", "10.0.0.300", ProblemCode.NOT_AN_IP_ADDRESS),
                org.assertj.core.groups.Tuple.tuple(5, "Tag", "N1-A", ProblemCode.DUPLICATE_IN_FILE),
                org.assertj.core.groups.Tuple.tuple(6, "Site", "XX", ProblemCode.UNKNOWN_SITE),
                org.assertj.core.groups.Tuple.tuple(7, "#9", "extra", ProblemCode.RAGGED_ROW),
                org.assertj.core.groups.Tuple.tuple(8, "Serial", "=1+1", ProblemCode.FORMULA));
        assertThat(plan.sample().creates()).extracting(a -> a.tag()).containsExactly("N1-A");
    }

    @Test
    void aFileWithProblemsIsRefusedAsAWholeByDefault() throws IOException {
        Path file = csv("mixed.csv", HEADER + "N1,N1-A,Good,SERVER,S1,10.0.0.1,,\nN1,N1-B,Bad,SERVER,S2,nope,,\n",
                StandardCharsets.UTF_8);
        ImportPlan plan = plan(file);
        assertThatThrownBy(() -> importer().apply(plan, Progress.NONE)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("nothing was imported");
        assertStoreUnchanged();
    }

    @Test
    void validRowsGoInWhenTheUserChoosesSo() throws IOException {
        Path file = csv("mixed.csv", HEADER + "N1,N1-A,Good,SERVER,S1,10.0.0.1,,\nN1,N1-B,Bad,SERVER,S2,nope,,\n",
                StandardCharsets.UTF_8);
        ImportPlan plan = importer().plan(file, new ImportOptions(true, false), Progress.NONE);
        assertThat(importer().apply(plan, Progress.NONE).created()).isEqualTo(1);
        assertThat(register.assetCount()).isEqualTo(assetsBefore + 1);
    }

    @Test
    void anUnknownColumnIsANoticeThatKeepsNothingOut() throws IOException {
        ImportPlan plan = plan(csv("h.csv", "Site,Tag,Name,Kind,IP address,Colour\nN1,N1-A,A,SERVER,10.0.0.1,blue\n",
                StandardCharsets.UTF_8));
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.notices()).extracting(ImportNotice::code, ImportNotice::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ImportNotice.Code.UNKNOWN_COLUMN, "Colour"));
        assertThat(plan.sample().creates()).hasSize(1);
    }

    @Test
    void anExistingTagIsUpdatedOrSkippedAsChosen() throws IOException {
        Path file = csv("u.csv", HEADER + "N1,N1-OLD-1,Renamed server,SERVER,SN-N1-OLD-1,10.0.0.9,2022-01-10,\n",
                StandardCharsets.UTF_8);
        ImportPlan skip = importer().plan(file, new ImportOptions(false, true), Progress.NONE);
        assertThat(skip.outcome().skipped()).isEqualTo(1);
        assertThat(skip.sample().updates()).isEmpty();
        ImportPlan update = plan(file);
        assertThat(update.sample().updates()).extracting(a -> a.name()).containsExactly("Renamed server");
        importer().apply(update, Progress.NONE);
        assertThat(register.assetCount()).isEqualTo(assetsBefore);
    }

    @Test
    void componentRowsInTheSameCsvAreCheckedToo() throws IOException {
        String text = "Record,Site,Tag,Name,Kind,IP address,Serial,Capacity,Fitted on\n"
                + "asset,N1,N1-S-7,Mail server,SERVER,10.0.0.7,,,\n"
                + "component,N1,N1-S-7,,DISK,,WD-7,lots,2025-02-30\n"
                + "component,N1,N1-S-7,,MEMORY,,M-7,64 GB,2025-02-01\n"
                + "component,N1,N1-NONE,,DISK,,X,1 TB,\n";
        ImportPlan plan = plan(csv("mixed-records.csv", text, StandardCharsets.UTF_8));
        assertThat(plan.problems()).extracting(ImportProblem::row, ImportProblem::value, ImportProblem::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(3, "2025-02-30", ProblemCode.NOT_A_DATE),
                        org.assertj.core.groups.Tuple.tuple(3, "lots", ProblemCode.NOT_A_CAPACITY),
                        org.assertj.core.groups.Tuple.tuple(5, "N1-NONE", ProblemCode.UNKNOWN_ASSET));
        assertThat(plan.sample().components()).extracting(c -> c.serial()).containsExactly("M-7");
    }

    @Test
    void aCapacityThatIsNotANumberWithAUnitIsAProblem() throws IOException {
        String text = "Record,Site,Tag,Kind,Serial,Capacity\ncomponent,N1,N1-OLD-1,MEMORY,M-1,lots\n";
        ImportPlan plan = plan(csv("capacity.csv", text, StandardCharsets.UTF_8));
        assertThat(plan.problems()).extracting(ImportProblem::column, ImportProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Capacity", ProblemCode.NOT_A_CAPACITY));
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        assertThatThrownBy(() -> plan(file("empty.csv", new byte[0]))).isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("empty");
        assertStoreUnchanged();
    }

    @Test
    void aBinaryFileIsRefused() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> plan(file("photo.csv", png))).isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("not a text file");
        assertStoreUnchanged();
    }

    @Test
    void aDamagedWorkbookIsRefused() throws IOException {
        assertThatThrownBy(() -> plan(file("broken.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3})))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("not a readable XLSX");
        assertStoreUnchanged();
    }

    @Test
    void aWorkbookOver100MegabytesIsRefusedBeforeReading() throws IOException {
        Path big = files.resolve("big.xlsx");
        try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
            sparse.write(new byte[] {'P', 'K', 3, 4});
            sparse.setLength(200L * 1024 * 1024);
        }
        assertThatThrownBy(() -> plan(big)).isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("200 MB");
        assertStoreUnchanged();
    }

    @Test
    void workbookSheetsCarryComponentsAndSoftwareAndFormulasAreRefused() throws IOException {
        Path file = files.resolve("book.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            rows(book.createSheet("资产"), List.of("站点", "资产标签", "名称", "类型", "IP地址"),
                    List.of("N1", "N1-S-1", "文件服务器", "服务器", "10.2.0.1"));
            rows(book.createSheet("部件"), List.of("站点", "资产标签", "部件类型", "序列号", "容量"),
                    List.of("N1", "N1-S-1", "硬盘", "WD-1", "4 TB"));
            XSSFSheet software = book.createSheet("Software");
            rows(software, List.of("Site", "Tag", "Name", "Version"), List.of("N1", "N1-S-1", "Windows Server", "2022"));
            software.getRow(1).getCell(3).setCellFormula("2020+2");
            book.write(out);
        }
        ImportPlan plan = plan(file);
        assertThat(plan.sample().creates()).hasSize(1);
        assertThat(plan.sample().components()).extracting(c -> c.serial()).containsExactly("WD-1");
        assertThat(plan.sample().software()).isEmpty();
        assertThat(plan.problems()).extracting(ImportProblem::sheet, ImportProblem::code)
                .contains(org.assertj.core.groups.Tuple.tuple("Software", ProblemCode.FORMULA));
    }

    @Test
    void aLargeFileIsPlannedAsCountsWithItsFirstRowsToLookAt() throws IOException {
        StringBuilder text = new StringBuilder("Record,Site,Tag,Name,Kind,Serial\n");
        for (int i = 0; i < 1_500; i++) {
            text.append("asset,N1,N1-BULK-").append(i).append(",Desk ").append(i).append(",DESKTOP,B").append(i).append('\n');
        }
        for (int i = 0; i < 1_500; i++) {
            text.append("software,N1,N1-BULK-").append(i).append(",WPS Office,,\n");
        }
        ImportPlan plan = plan(csv("large.csv", text.toString(), StandardCharsets.UTF_8));
        assertThat(plan.outcome().created()).isEqualTo(1_500);
        assertThat(plan.outcome().software()).isEqualTo(1_500);
        assertThat(plan.sample().creates()).hasSize(1_000);
        assertThat(plan.sample().creates().getFirst().tag()).isEqualTo("N1-BULK-0");
        importer().apply(plan, Progress.NONE);
        assertThat(register.assetCount()).isEqualTo(assetsBefore + 1_500);
    }

    @Test
    void problemsBeyondTheFirstThousandAreCountedNotListed() throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 1_200; i++) {
            text.append("N1,N1-BAD-").append(i).append(",Desk,SPACESHIP,S").append(i).append(",,,\n");
        }
        ImportPlan plan = plan(csv("bad.csv", text.toString(), StandardCharsets.UTF_8));
        assertThat(plan.outcome().problems()).isEqualTo(1_200);
        assertThat(plan.problems()).hasSize(1_000);
    }

    @Test
    void aFileChangedSinceItWasCheckedIsNotImported() throws IOException {
        Path file = csv("changing.csv", HEADER + "N1,N1-PC-1,Desk,DESKTOP,S1,,,\n", StandardCharsets.UTF_8);
        ImportPlan plan = plan(file);
        Files.writeString(file, HEADER + "N1,N1-PC-1,Desk,DESKTOP,S1,,,\nN1,N1-PC-2,Desk,DESKTOP,S2,,,\n");
        assertThatThrownBy(() -> importer().apply(plan, Progress.NONE)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("changing.csv has changed since it was checked");
        assertStoreUnchanged();
    }

    @Test
    void cancellingLeavesNothingWrittenAlsoOfThePartsAlreadyCommitted() throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 12_000; i++) {
            text.append("N1,N1-BULK-").append(i).append(",Desk ").append(i).append(",DESKTOP,B").append(i).append(",,,\n");
        }
        ImportPlan plan = plan(csv("bulk.csv", text.toString(), StandardCharsets.UTF_8));
        Progress cancelMidway = new Progress() {
            private long seen;

            @Override
            public void report(String stage, long done, long total) {
                seen = done;
            }

            @Override
            public boolean cancelled() {
                // Past several chunks of assets: parts of the write are committed by then.
                return seen >= 11_000;
            }
        };
        assertThatThrownBy(() -> importer().apply(plan, cancelMidway)).isInstanceOf(CancelledException.class);
        assertStoreUnchanged();
    }

    private static void rows(XSSFSheet sheet, List<String> header, List<String> values) {
        var h = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            h.createCell(c).setCellValue(header.get(c));
        }
        var v = sheet.createRow(1);
        for (int c = 0; c < values.size(); c++) {
            v.createCell(c).setCellValue(values.get(c));
        }
    }
}
