package org.techbench.report.forms;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.techbench.domain.asset.ComponentKind;
import org.techbench.domain.maintenance.AnswerType;
import org.techbench.domain.maintenance.ChecklistItem;
import org.techbench.i18n.Texts;
import org.techbench.report.print.PageSetup;
import org.techbench.report.print.PrintedWorkbook;
import org.techbench.report.print.ReportHeading;
import org.techbench.report.print.ReportRefused;
import org.techbench.report.print.WorkbookFile;

/**
 * Blank checklist forms, one sheet per form, for work done on paper or in Excel without the
 * window: A4 portrait, the items grouped by component with boxes to tick, a reading column with
 * its unit and range, notes, and a sign-off block. Filled in Excel, drop-down lists and range
 * checks guide the input; a hidden sheet and column identify the form and its items for import.
 */
public final class ChecklistFormWriter {

    private static final float LINE_POINTS = 13f;
    private static final int[] WIDTHS = {7, 40, 20, 13, 14, 22};

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final ReportHeading heading;
    private final Texts words;
    private final Locale locale;
    private final CellStyle title;
    private final CellStyle label;
    private final CellStyle header;
    private final CellStyle group;
    private final CellStyle text;
    private final CellStyle small;
    private final CellStyle input;
    private final CellStyle inputDate;
    private final CellStyle unused;

    public ChecklistFormWriter(ReportHeading heading) {
        this.heading = heading;
        this.words = heading.words();
        this.locale = words.locale();
        String family = locale.getLanguage().equals("zh") ? "Microsoft YaHei" : "Calibri";
        title = style(font(family, 14, true));
        label = style(font(family, 10, true));
        header = bordered(style(font(family, 10, true)));
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        group = bordered(style(font(family, 10, true)));
        group.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        group.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered(style(font(family, 10, false)));
        text.setWrapText(true);
        small = bordered(style(font(family, 9, false)));
        small.setWrapText(true);
        input = bordered(style(font(family, 10, false)));
        input.setWrapText(true);
        input.setLocked(false);
        inputDate = bordered(style(font(family, 10, false)));
        inputDate.setLocked(false);
        inputDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        unused = bordered(style(font(family, 10, false)));
        unused.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        unused.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private Font font(String family, int points, boolean bold) {
        Font font = workbook.createFont();
        font.setFontName(family);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        return font;
    }

    private CellStyle style(Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static CellStyle bordered(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /**
     * Writes the forms, each on its own sheet, to {@code out}; the file appears only whole. With no
     * form to print, its one sheet says so in {@code nothingWords}.
     */
    public void write(List<ChecklistForm> forms, String nothingWords, Path out) throws ReportRefused {
        List<FormManifest> manifests = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ChecklistForm form : forms) {
            manifests.add(form(form, sheetName(form, names)));
        }
        if (forms.isEmpty()) {
            XSSFSheet sheet = workbook.createSheet(words.get("report.title.forms"));
            PageSetup.apply(sheet, heading, false);
            sheet.setColumnWidth(0, 90 * 256);
            put(sheet.createRow(0), 0, nothingWords, label);
        }
        manifest(manifests);
        workbook.setActiveSheet(0);
        try {
            WorkbookFile.write(workbook, out);
        } finally {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // Nothing of the written file depends on closing the workbook in memory.
            }
        }
    }

    /** A sheet name from the tag and checklist code, unique and within Excel's 31 characters. */
    private static String sheetName(ChecklistForm form, Set<String> taken) {
        String base = ((form.tag() == null ? "" : form.tag() + " ") + form.templateCode()).replaceAll("[\\\\/?*\\[\\]:']", "-");
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "~" + n;
        }
        return name;
    }

    private FormManifest form(ChecklistForm form, String name) {
        XSSFSheet sheet = workbook.createSheet(name);
        PageSetup.apply(sheet, heading, false);
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        sheet.setColumnHidden(FormLayout.ID, true);
        DataValidationHelper validations = sheet.getDataValidationHelper();

        Row top = sheet.createRow(0);
        put(top, 0, form.checklist(), title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, FormLayout.NOTE));
        top.setHeightInPoints(22);
        top.createCell(FormLayout.ID).setCellValue(form.formId().toString());

        // Labels and values in one cell, so that a narrow first column does not cut them.
        Row asset = sheet.createRow(FormLayout.TAG_ROW);
        if (form.assetId() == null) {
            put(asset, 0, words.get("form.asset"), label);
            put(asset, FormLayout.TAG_COLUMN, "", input);
            put(asset, FormLayout.TAG_COLUMN + 1, words.get("form.tagHere"), label);
        } else {
            put(asset, 0, words.get("form.asset") + ": " + form.tag() + " — " + form.assetName(), label);
        }
        Row site = sheet.createRow(2);
        put(site, 0, words.get("form.site") + ": " + form.site(), label);
        if (form.due() != null) {
            put(site, FormLayout.RANGE, words.get("form.due") + ": " + form.due(), label);
        }
        Row checklist = sheet.createRow(3);
        put(checklist, 0, words.get("form.checklist") + ": " + form.templateCode() + ", "
                + words.get("form.version", form.templateVersion()), label);
        put(checklist, FormLayout.RANGE, words.get("form.required"), label);

        Row head = sheet.createRow(FormLayout.HEADER_ROW);
        List<String> headers = List.of(words.get("form.col.number"), words.get("form.col.check"),
                words.get("form.col.result"), words.get("form.col.reading"), words.get("form.col.range"),
                words.get("form.col.note"));
        for (int i = 0; i < headers.size(); i++) {
            put(head, i, headers.get(i), header);
        }
        head.setHeightInPoints(2 * LINE_POINTS + 4);
        sheet.setRepeatingRows(new CellRangeAddress(FormLayout.HEADER_ROW, FormLayout.HEADER_ROW, 0, FormLayout.NOTE));

        Map<ComponentKind, List<ChecklistItem>> byPart = new LinkedHashMap<>();
        form.items().forEach(item -> byPart.computeIfAbsent(item.component(), k -> new ArrayList<>()).add(item));
        int next = FormLayout.HEADER_ROW + 1;
        List<java.util.UUID> ids = new ArrayList<>();
        for (var part : byPart.entrySet()) {
            Row partRow = sheet.createRow(next);
            for (int i = 0; i <= FormLayout.NOTE; i++) {
                put(partRow, i, i == 0 ? words.get("report.part." + part.getKey().name()) : "", group);
            }
            sheet.addMergedRegion(new CellRangeAddress(next, next, 0, FormLayout.NOTE));
            next++;
            for (ChecklistItem item : part.getValue()) {
                item(sheet, validations, sheet.createRow(next), item);
                ids.add(item.id());
                next++;
            }
        }

        int sign = next + 1;
        signOff(sheet, validations, sign);
        sheet.protectSheet("");
        sheet.lockFormatRows(false);
        sheet.lockFormatColumns(false);
        return new FormManifest(form.formId(), name, form.assetId(), form.templateId(), form.templateVersion(), ids, sign);
    }

    private void item(XSSFSheet sheet, DataValidationHelper validations, Row row, ChecklistItem item) {
        int index = row.getRowNum();
        put(row, FormLayout.NUMBER, item.position() + (item.required() ? " *" : ""), text);
        String check = item.check().in(locale);
        String how = item.method() == null ? "" : item.method().in(locale);
        String tools = item.tools() == null || item.tools().in(locale).isBlank() ? ""
                : words.get("form.tools", item.tools().in(locale));
        String described = check + (how.isBlank() ? "" : "\n" + how) + (tools.isEmpty() ? "" : "\n" + tools);
        put(row, FormLayout.CHECK, described, text);
        List<String> options = options(item);
        put(row, FormLayout.RESULT, boxes(options), input);
        boolean reading = item.answerType() == AnswerType.READING;
        boolean typed = reading || item.answerType() == AnswerType.TEXT;
        put(row, FormLayout.READING, "", typed ? input : unused);
        put(row, FormLayout.RANGE, reading ? range(item) : "", small);
        put(row, FormLayout.NOTE, "", input);
        row.createCell(FormLayout.ID).setCellValue(item.id().toString());
        int lines = Math.max(2, PrintedWorkbook.lines(described, WIDTHS[FormLayout.CHECK]));
        lines = Math.max(lines, PrintedWorkbook.lines(boxes(options), WIDTHS[FormLayout.RESULT]));
        row.setHeightInPoints(LINE_POINTS * lines + 4);

        String list = String.join(",", options);
        if (list.length() <= 255 && options.stream().noneMatch(o -> o.contains(","))) {
            DataValidation choose = validations.createValidation(validations.createExplicitListConstraint(
                    options.toArray(String[]::new)), new CellRangeAddressList(index, index, FormLayout.RESULT, FormLayout.RESULT));
            choose.setErrorStyle(DataValidation.ErrorStyle.STOP);
            choose.createErrorBox(words.get("form.col.result"), words.get("form.warn.choose"));
            choose.setShowErrorBox(true);
            choose.setSuppressDropDownArrow(true);
            sheet.addValidationData(choose);
        }
        if (reading) {
            sheet.addValidationData(readingCheck(validations, item, index));
        }
    }

    /** A number is needed; outside the item's limits Excel warns that the check will fail, and lets it be. */
    private DataValidation readingCheck(DataValidationHelper validations, ChecklistItem item, int index) {
        BigDecimal low = item.lowerLimit();
        BigDecimal high = item.upperLimit();
        DataValidationConstraint constraint;
        boolean limited = low != null || high != null;
        if (low != null && high != null) {
            constraint = validations.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    low.toPlainString(), high.toPlainString());
        } else if (low != null) {
            constraint = validations.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL,
                    low.toPlainString(), null);
        } else if (high != null) {
            constraint = validations.createDecimalConstraint(DataValidationConstraint.OperatorType.LESS_OR_EQUAL,
                    high.toPlainString(), null);
        } else {
            constraint = validations.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    "-1000000000", "1000000000");
        }
        DataValidation check = validations.createValidation(constraint,
                new CellRangeAddressList(index, index, FormLayout.READING, FormLayout.READING));
        check.setErrorStyle(limited ? DataValidation.ErrorStyle.WARNING : DataValidation.ErrorStyle.STOP);
        check.createErrorBox(words.get("form.col.reading"), limited ? words.get("form.warn.range", range(item))
                : words.get("form.warn.number"));
        check.setShowErrorBox(true);
        check.createPromptBox(words.get("form.col.reading"), limited ? range(item) : words.get("form.warn.number"));
        check.setShowPromptBox(true);
        return check;
    }

    /** What the result cell offers: pass and fail, or the item's choices; not applicable always. */
    private List<String> options(ChecklistItem item) {
        List<String> options = new ArrayList<>();
        switch (item.answerType()) {
            case PASS_FAIL, TEXT -> {
                options.add(words.get("form.pass"));
                options.add(words.get("form.fail"));
            }
            case CHOICE -> options.addAll(item.choiceList());
            case READING -> {
                // The reading decides: only "not applicable" is left to choose.
            }
        }
        options.add(words.get("form.na"));
        return options;
    }

    private static String boxes(List<String> options) {
        return String.join("  ", options.stream().map(o -> FormLayout.BOX + " " + o).toList());
    }

    private static String range(ChecklistItem item) {
        String unit = item.unit() == null ? "" : item.unit();
        if (item.lowerLimit() == null && item.upperLimit() == null) {
            return unit;
        }
        String low = item.lowerLimit() == null ? "" : item.lowerLimit().toPlainString();
        String high = item.upperLimit() == null ? "" : item.upperLimit().toPlainString();
        String between = item.lowerLimit() == null ? "≤ " + high : item.upperLimit() == null ? "≥ " + low : low + "–" + high;
        return (between + " " + unit).strip();
    }

    private void signOff(XSSFSheet sheet, DataValidationHelper validations, int first) {
        Row who = sheet.createRow(first);
        put(who, 1, words.get("form.technician"), label);
        put(who, FormLayout.TECHNICIAN_COLUMN, "", input);
        put(who, FormLayout.TECHNICIAN_COLUMN + 1, "", input);
        sheet.addMergedRegion(new CellRangeAddress(first, first, FormLayout.TECHNICIAN_COLUMN, FormLayout.TECHNICIAN_COLUMN + 1));
        put(who, FormLayout.RANGE, words.get("form.date"), label);
        put(who, FormLayout.DATE_COLUMN, "", inputDate);
        who.setHeightInPoints(24);
        DataValidation day = validations.createValidation(validations.createDateConstraint(
                DataValidationConstraint.OperatorType.BETWEEN, "2000-01-01", "2100-12-31", "yyyy-MM-dd"),
                new CellRangeAddressList(first, first, FormLayout.DATE_COLUMN, FormLayout.DATE_COLUMN));
        day.setErrorStyle(DataValidation.ErrorStyle.STOP);
        day.createErrorBox(words.get("form.date"), words.get("form.warn.date"));
        day.setShowErrorBox(true);
        sheet.addValidationData(day);

        int customerRow = first + FormLayout.CUSTOMER_OFFSET;
        Row customer = sheet.createRow(customerRow);
        put(customer, 1, words.get("form.customer"), label);
        put(customer, FormLayout.TECHNICIAN_COLUMN, "", input);
        put(customer, FormLayout.TECHNICIAN_COLUMN + 1, "", input);
        sheet.addMergedRegion(new CellRangeAddress(customerRow, customerRow, FormLayout.TECHNICIAN_COLUMN,
                FormLayout.TECHNICIAN_COLUMN + 1));
        put(customer, FormLayout.RANGE, words.get("form.signature"), label);
        put(customer, FormLayout.DATE_COLUMN, "", text);
        customer.setHeightInPoints(40);

        int notesRow = first + FormLayout.NOTES_OFFSET;
        Row notes = sheet.createRow(notesRow);
        put(notes, 1, words.get("form.notes"), label);
        for (int i = FormLayout.TECHNICIAN_COLUMN; i <= FormLayout.NOTE; i++) {
            put(notes, i, "", input);
        }
        sheet.addMergedRegion(new CellRangeAddress(notesRow, notesRow, FormLayout.TECHNICIAN_COLUMN, FormLayout.NOTE));
        notes.setHeightInPoints(48);
        sheet.setRowBreak(notesRow);
    }

    private void manifest(List<FormManifest> forms) {
        XSSFSheet sheet = workbook.createSheet(FormManifest.SHEET);
        sheet.createRow(0).createCell(0).setCellValue(FormManifest.LAYOUT);
        int next = 1;
        for (FormManifest form : forms) {
            Row row = sheet.createRow(next++);
            row.createCell(0).setCellValue(form.formId().toString());
            row.createCell(1).setCellValue(form.sheet());
            row.createCell(2).setCellValue(form.assetId() == null ? "" : form.assetId().toString());
            row.createCell(3).setCellValue(form.templateId().toString());
            row.createCell(4).setCellValue(form.templateVersion());
            row.createCell(5).setCellValue(String.join(",", form.itemIds().stream().map(Object::toString).toList()));
            row.createCell(6).setCellValue(form.signRow());
            row.createCell(7).setCellValue(form.checksum());
        }
        // Very hidden: Excel's Unhide does not offer it, so it is not changed by accident.
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    private static void put(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
