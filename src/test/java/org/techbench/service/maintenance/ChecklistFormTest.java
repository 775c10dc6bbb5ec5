package org.techbench.service.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.maintenance.CheckOutcome;
import org.techbench.domain.maintenance.ChecklistItem;
import org.techbench.domain.maintenance.ChecklistTemplate;
import org.techbench.domain.maintenance.Inspection;
import org.techbench.domain.maintenance.InspectionRecord;
import org.techbench.domain.site.Site;
import org.techbench.service.RefusedException;
import org.techbench.service.Workbench;
import org.techbench.store.DataFolder;

/** Blank checklist forms printed, filled in as Excel would save them, and imported back. */
class ChecklistFormTest {

    static final Clock DAY = Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"), ZoneOffset.UTC);
    static final int RESULT = FormFiller.RESULT;
    static final int READING = FormFiller.READING;
    static final int ID = FormFiller.ID;

    @TempDir
    Path folder;
    Workbench workbench;
    Site site;
    Asset server;
    ChecklistTemplate serverCheck;

    @BeforeEach
    void aServerWithItsChecklist() {
        workbench = Workbench.open(new DataFolder(folder.resolve("store")), DAY, "tester");
        workbench.maintenance().seedBuiltIns();
        site = workbench.sites().save(new Site(null, "N1", "North plant", "1 River Road", ZoneId.of("Asia/Shanghai"),
                "Li Na", null, null, false));
        server = workbench.assets().save(new Asset(null, site.id(), "N1-SRV-1", "File server", AssetKind.SERVER, "HPE",
                "DL380", "CZ1", "Rack 1", "10.0.0.9", null, AssetStatus.IN_SERVICE, LocalDate.of(2024, 1, 1), null, null, false));
        serverCheck = workbench.maintenance().templatesFor(AssetKind.SERVER).getFirst();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void aFilledInFormImportsAsTheFinishedInspectionItDescribes() throws Exception {
        Path form = printForServer();
        Path filled = fill(form, everyRequiredAnswered(), "2026-12-03", "Wang Fang");

        FormImport read = workbench.checklistForms().read(filled);
        int imported = workbench.checklistForms().accept(read);

        assertThat(read.problems()).isEmpty();
        assertThat(imported).isEqualTo(1);
        Inspection inspection = workbench.maintenance().finished(server.id(), null, 5).getFirst();
        InspectionRecord record = workbench.maintenance().record(inspection.id());
        assertThat(inspection.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(inspection.customerName()).isEqualTo("Wang Fang");
        assertThat(inspection.finishedAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(record.answers().get(item("psu-12v").id()).outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(record.answers().get(item("psu-12v").id()).reading()).isEqualByComparingTo("11.1");
        assertThat(record.answers().get(item("psu-12v").id()).note()).isEqualTo("Rail sags under load");
        assertThat(record.answers().get(item("cpu-temp").id()).outcome()).isEqualTo(CheckOutcome.PASS);
        assertThat(record.answers().get(item("fans").id()).outcome()).isEqualTo(CheckOutcome.PASS);
        assertThat(record.answers().get(item("memory").id()).outcome()).isEqualTo(CheckOutcome.NOT_APPLICABLE);
        assertThat(record.unansweredRequired()).isEmpty();
    }

    @Test
    void theImportedCheckIsNoLongerDue() throws Exception {
        assertThat(workbench.maintenance().due(site.id(), null, LocalDate.of(2026, 12, 4))).isNotEmpty();
        Path filled = fill(printForServer(), everyRequiredAnswered(), "2026-12-03", "Wang Fang");

        workbench.checklistForms().accept(workbench.checklistForms().read(filled));

        assertThat(workbench.maintenance().due(site.id(), null, LocalDate.of(2026, 12, 4))).isEmpty();
    }

    @Test
    void aFormPrintsOnA4PortraitOnePageWideWithItsHeaderOnEveryPage() throws Exception {
        Path form = printForServer();

        try (XSSFWorkbook book = open(form)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(sheet.getSheetName()).isEqualTo("N1-SRV-1 HW-SERVER");
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getLandscape()).isFalse();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("6:6");
            assertThat(sheet.getFooter().getRight()).isEqualTo("Page &P of &N");
            assertThat(sheet.isColumnHidden(ID)).isTrue();
            assertThat(book.getSheetVisibility(1)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Power supply");
            Row voltage = rowOf(sheet, item("psu-12v"));
            assertThat(voltage.getCell(4).getStringCellValue()).isEqualTo("11.4–12.6 V");
            assertThat(rowOf(sheet, item("fans")).getCell(RESULT).getStringCellValue()).isEqualTo("☐ Pass  ☐ Fail  ☐ N/A");
        }
    }

    @Test
    void filledInExcelTheFormOffersItsResultsAsAListAndChecksReadingsAgainstTheirRange() throws Exception {
        try (XSSFWorkbook book = open(printForServer())) {
            XSSFSheet sheet = book.getSheetAt(0);
            int voltageRow = rowOf(sheet, item("psu-12v")).getRowNum();
            int fansRow = rowOf(sheet, item("fans")).getRowNum();
            List<? extends DataValidation> validations = sheet.getDataValidations();

            DataValidation range = at(validations, voltageRow, READING);
            DataValidation list = at(validations, fansRow, RESULT);

            assertThat(range.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.DECIMAL);
            assertThat(range.getValidationConstraint().getFormula1()).isEqualTo("11.4");
            assertThat(range.getValidationConstraint().getFormula2()).isEqualTo("12.6");
            assertThat(range.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
            assertThat(list.getValidationConstraint().getExplicitListValues()).containsExactly("Pass", "Fail", "N/A");
        }
    }

    @Test
    void aReadingThatIsNotANumberIsListedByItsSheetAndRowAndNothingIsImported() throws Exception {
        Map<String, String[]> answers = everyRequiredAnswered();
        answers.put("psu-12v", new String[] {null, "twelve", null});
        Path filled = fill(printForServer(), answers, "2026-12-03", "Wang Fang");

        FormImport read = workbench.checklistForms().read(filled);

        int row;
        try (XSSFWorkbook book = open(filled)) {
            row = rowOf(book.getSheetAt(0), item("psu-12v")).getRowNum() + 1;
        }
        assertThat(read.problems()).containsExactly(new FormImport.Problem("N1-SRV-1 HW-SERVER", row,
                "twelve is not a number: type a reading such as 12.1."));
        assertThatThrownBy(() -> workbench.checklistForms().accept(read)).isInstanceOf(RefusedException.class);
        assertThat(workbench.maintenance().finished(server.id(), null, 5)).isEmpty();
    }

    @Test
    void aFormWhoseHiddenIdentifiersWereChangedIsRefused() throws Exception {
        Path filled = fill(printForServer(), everyRequiredAnswered(), "2026-12-03", "Wang Fang");
        Path damaged = folder.resolve("damaged.xlsx");
        try (XSSFWorkbook book = open(filled)) {
            XSSFSheet sheet = book.getSheetAt(0);
            Row voltage = rowOf(sheet, item("psu-12v"));
            Row fans = rowOf(sheet, item("fans"));
            voltage.getCell(ID).setCellValue(item("fans").id().toString());
            fans.getCell(ID).setCellValue(item("psu-12v").id().toString());
            save(book, damaged);
        }

        FormImport read = workbench.checklistForms().read(damaged);

        assertThat(read.ready()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("Rows of this form were moved, added or deleted"));
    }

    @Test
    void aFormWhoseManifestWasEditedIsRefusedByItsChecksum() throws Exception {
        Path filled = fill(printForServer(), everyRequiredAnswered(), "2026-12-03", "Wang Fang");
        Path damaged = folder.resolve("damaged.xlsx");
        try (XSSFWorkbook book = open(filled)) {
            book.getSheet("techbench-forms").getRow(1).getCell(4).setCellValue(7);
            save(book, damaged);
        }

        FormImport read = workbench.checklistForms().read(damaged);

        assertThat(read.problems()).extracting(FormImport.Problem::message)
                .containsExactly("The hidden identifiers of this form were changed, so its answers cannot be matched to "
                        + "their checks. Print a new form and copy the answers onto it.");
    }

    @Test
    void aFormPrintedFromAnEarlierVersionOfItsChecklistIsRefused() throws Exception {
        Path filled = fill(printForServer(), everyRequiredAnswered(), "2026-12-03", "Wang Fang");
        workbench.maintenance().saveTemplate(serverCheck);

        FormImport read = workbench.checklistForms().read(filled);

        assertThat(read.problems()).extracting(FormImport.Problem::message).containsExactly("This form was printed from "
                + "version 1 of “Server hardware check”, and the checklist is now at version 2: print a new form and copy "
                + "the answers onto it.");
    }

    @Test
    void aFormImportsOnceThoughItIsReadAgain() throws Exception {
        Path filled = fill(printForServer(), everyRequiredAnswered(), "2026-12-03", "Wang Fang");
        workbench.checklistForms().accept(workbench.checklistForms().read(filled));

        FormImport again = workbench.checklistForms().read(filled);

        assertThat(again.ready()).isEmpty();
        assertThat(again.notices()).extracting(FormImport.Problem::message).containsExactly("Imported before (2026-12-03): left out.");
        assertThat(workbench.maintenance().finished(server.id(), null, 5)).hasSize(1);
    }

    @Test
    void aRequiredCheckLeftBlankAndAMissingSignOffAreListed() throws Exception {
        Map<String, String[]> answers = everyRequiredAnswered();
        answers.remove("fans");
        Path filled = fill(printForServer(), answers, null, null);

        FormImport read = workbench.checklistForms().read(filled);

        assertThat(read.problems()).extracting(FormImport.Problem::message).containsExactlyInAnyOrder(
                "The date of the check is missing in the sign-off.", "The customer’s name is missing in the sign-off.",
                "“Fans and heat sinks working; fan dust cleaned” is required and has no answer.");
    }

    @Test
    void aFileThatIsNotAFormIsRefusedWhole() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.xlsx"), "not a workbook");
        Path other = folder.resolve("other.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("Tag");
            save(book, other);
        }

        assertThatThrownBy(() -> workbench.checklistForms().read(text)).isInstanceOf(RefusedException.class)
                .hasMessage("notes.xlsx is not an Excel workbook (.xlsx): save the form as .xlsx and import it again.");
        assertThatThrownBy(() -> workbench.checklistForms().read(other)).isInstanceOf(RefusedException.class)
                .hasMessageStartingWith("other.xlsx is not a TechBench checklist form");
    }

    @Test
    void aChecklistFormWithTheTagWrittenInImportsForThatAsset() throws Exception {
        Path form = folder.resolve("blank.xlsx");
        workbench.checklistForms().print(new ChecklistFormService.FormRequest("HW-SERVER", null, null, null), Locale.ENGLISH,
                form);
        Path filled = fill(form, everyRequiredAnswered(), "2026-12-03", "Wang Fang");
        try (XSSFWorkbook book = open(filled)) {
            book.getSheetAt(0).getRow(1).getCell(1).setCellValue("N1-SRV-1");
            save(book, filled);
        }

        workbench.checklistForms().accept(workbench.checklistForms().read(filled));

        assertThat(workbench.maintenance().finished(server.id(), null, 5)).hasSize(1);
    }

    @Test
    void forASiteOnlyWhatIsDueIsPrintedOneFormPerAssetAndChecklist() throws Exception {
        workbench.assets().save(new Asset(null, site.id(), "N1-SRV-2", "Mail server", AssetKind.SERVER, "HPE",
                "DL380", "CZ2", "Rack 1", "10.0.0.10", null, AssetStatus.IN_SERVICE, LocalDate.of(2024, 1, 1), null, null,
                false));
        Path forms = folder.resolve("due.xlsx");

        int printed = workbench.checklistForms().print(new ChecklistFormService.FormRequest(null, null, site.id(),
                LocalDate.of(2026, 12, 4)), Locale.SIMPLIFIED_CHINESE, forms);

        assertThat(printed).isEqualTo(2);
        try (XSSFWorkbook book = open(forms)) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("N1-SRV-1 HW-SERVER");
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("N1-SRV-2 HW-SERVER");
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("服务器硬件检查");
        }
    }

    // --- helpers: a form filled in as Excel saves it ---

    private Path printForServer() {
        Path form = folder.resolve("form-" + System.nanoTime() + ".xlsx");
        workbench.checklistForms().print(new ChecklistFormService.FormRequest(null, server.id(), null, null), Locale.ENGLISH,
                form);
        return form;
    }

    private Map<String, String[]> everyRequiredAnswered() {
        return FormFiller.everyRequiredAnswered(serverCheck);
    }

    private Path fill(Path form, Map<String, String[]> answers, String date, String customer) throws Exception {
        return FormFiller.fill(form, serverCheck, answers, date, customer);
    }

    private static Row rowOf(XSSFSheet sheet, ChecklistItem item) {
        return FormFiller.rowOf(sheet, item);
    }

    private static DataValidation at(List<? extends DataValidation> validations, int row, int column) {
        return validations.stream().filter(v -> java.util.Arrays.stream(v.getRegions().getCellRangeAddresses())
                .anyMatch(r -> r.isInRange(row, column))).findFirst().orElseThrow();
    }

    private ChecklistItem item(String key) {
        return serverCheck.items().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        return FormFiller.open(file);
    }

    private static void save(XSSFWorkbook book, Path file) throws Exception {
        FormFiller.save(book, file);
    }
}
