package org.techbench.report.forms;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.techbench.report.print.ReportRefused;

/**
 * Reads checklist forms filled in and saved by Excel or LibreOffice back into what was written on
 * them. A file that is not a form is refused whole; a form whose hidden identifiers no longer
 * match their checksum, or whose item rows were moved or deleted, is a problem of its sheet.
 */
public final class ChecklistFormReader {

    /** Larger files are refused before reading. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    public FormFile read(Path file) throws ReportRefused {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ReportRefused("form.tooLarge", null, file.getFileName(), MAX_BYTES / 1024 / 1024);
            }
            byte[] head = new byte[4];
            try (InputStream in = Files.newInputStream(file)) {
                if (in.readNBytes(head, 0, 4) < 4 || !Arrays.equals(head, ZIP_MAGIC)) {
                    throw new ReportRefused("form.notXlsx", null, file.getFileName());
                }
            }
        } catch (IOException e) {
            throw new ReportRefused("form.unreadable", e, file.getFileName(), e.getMessage());
        }
        // Read-only: opening a package for writing would touch the user's file.
        try (OPCPackage opened = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XSSFWorkbook workbook = new XSSFWorkbook(opened)) {
            return read(workbook, file);
        } catch (ReportRefused e) {
            throw e;
        } catch (Exception e) {
            // POI signals a damaged package with several unchecked exceptions as well as IOException.
            throw new ReportRefused("form.unreadable", e, file.getFileName(), String.valueOf(e.getMessage()));
        }
    }

    private FormFile read(XSSFWorkbook workbook, Path file) throws ReportRefused {
        Sheet manifest = workbook.getSheet(FormManifest.SHEET);
        if (manifest == null || !FormManifest.LAYOUT.equals(text(manifest.getRow(0), 0))) {
            throw new ReportRefused("form.notAForm", null, file.getFileName());
        }
        List<FilledForm> forms = new ArrayList<>();
        List<FormProblem> problems = new ArrayList<>();
        for (int r = 1; r <= manifest.getLastRowNum(); r++) {
            Row row = manifest.getRow(r);
            if (row == null || text(row, 0) == null) {
                continue;
            }
            String sheetName = text(row, 1) == null ? "#" + r : text(row, 1);
            FormManifest form;
            try {
                form = new FormManifest(UUID.fromString(text(row, 0)), sheetName,
                        text(row, 2) == null ? null : UUID.fromString(text(row, 2)), UUID.fromString(text(row, 3)),
                        (int) number(row, 4), Arrays.stream(text(row, 5).split(",")).map(UUID::fromString).toList(),
                        (int) number(row, 6));
            } catch (RuntimeException e) {
                problems.add(new FormProblem(sheetName, 0, "form.damaged"));
                continue;
            }
            if (!form.checksum().equals(text(row, 7))) {
                problems.add(new FormProblem(sheetName, 0, "form.damaged"));
                continue;
            }
            Sheet sheet = workbook.getSheet(form.sheet());
            if (sheet == null) {
                problems.add(new FormProblem(sheetName, 0, "form.sheetMissing"));
                continue;
            }
            FilledForm filled = filled(sheet, form, problems);
            if (filled != null) {
                forms.add(filled);
            }
        }
        return new FormFile(forms, problems);
    }

    private FilledForm filled(Sheet sheet, FormManifest form, List<FormProblem> problems) {
        String name = form.sheet();
        if (!form.formId().toString().equals(text(sheet.getRow(0), FormLayout.ID))) {
            problems.add(new FormProblem(name, 0, "form.damaged"));
            return null;
        }
        List<FilledForm.Item> items = new ArrayList<>();
        for (int r = FormLayout.HEADER_ROW + 1; r < form.signRow(); r++) {
            Row row = sheet.getRow(r);
            String id = text(row, FormLayout.ID);
            if (id == null) {
                continue;
            }
            int index = items.size();
            if (index >= form.itemIds().size() || !form.itemIds().get(index).toString().equals(id)) {
                problems.add(new FormProblem(name, r + 1, "form.rowsMoved"));
                return null;
            }
            String result = text(row, FormLayout.RESULT);
            if (result != null && result.contains(FormLayout.BOX)) {
                result = null; // the printed boxes, left as they were
            }
            items.add(new FilledForm.Item(form.itemIds().get(index), r + 1, result, reading(row.getCell(FormLayout.READING)),
                    text(row, FormLayout.NOTE)));
        }
        if (items.size() != form.itemIds().size()) {
            problems.add(new FormProblem(name, 0, "form.rowsMoved"));
            return null;
        }
        int sign = form.signRow();
        Row signed = sheet.getRow(sign);
        LocalDate date = null;
        Cell dateCell = signed == null ? null : signed.getCell(FormLayout.DATE_COLUMN);
        if (dateCell != null && dateCell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(dateCell)) {
            date = dateCell.getLocalDateTimeCellValue().toLocalDate();
        } else if (text(signed, FormLayout.DATE_COLUMN) != null) {
            String typed = text(signed, FormLayout.DATE_COLUMN);
            try {
                date = LocalDate.parse(typed.replace('/', '-').replace('.', '-'));
            } catch (DateTimeParseException e) {
                problems.add(new FormProblem(name, sign + 1, "form.badDate", typed));
            }
        }
        String tag = form.assetId() == null ? text(sheet.getRow(FormLayout.TAG_ROW), FormLayout.TAG_COLUMN) : null;
        return new FilledForm(form.formId(), name, form.assetId(), tag, form.templateId(), form.templateVersion(), items,
                text(signed, FormLayout.TECHNICIAN_COLUMN), date,
                text(sheet.getRow(sign + FormLayout.CUSTOMER_OFFSET), FormLayout.TECHNICIAN_COLUMN),
                text(sheet.getRow(sign + FormLayout.NOTES_OFFSET), FormLayout.TECHNICIAN_COLUMN));
    }

    /** A reading as written: a number cell in plain digits, text as typed (checked later, so it can be named). */
    private static String reading(Cell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return text(cell);
    }

    private static double number(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue() : Double.parseDouble(text(cell));
    }

    private static String text(Row row, int column) {
        return row == null ? null : text(row.getCell(column));
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        String value = switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case FORMULA -> cell.getCachedFormulaResultType() == CellType.STRING ? cell.getStringCellValue()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            default -> "";
        };
        return value.isBlank() ? null : value.strip();
    }
}
