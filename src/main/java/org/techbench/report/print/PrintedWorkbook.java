package org.techbench.report.print;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A report workbook made to print on the first try: A4 in the orientation its columns need, fit
 * one page wide, header rows repeated on every page, a header and footer with the report's name,
 * site, period, page X of Y and print date, frozen header and a filter on data sheets, long text
 * wrapped, and a font that shows Chinese in Excel on Windows and in LibreOffice. Rows stream to
 * disk (a report of 100,000 results stays within a small heap), and the file appears only whole.
 */
public final class PrintedWorkbook implements AutoCloseable {

    /** Rows kept in memory per sheet before they are flushed to disk. */
    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final ReportHeading heading;
    private final CellStyle title;
    private final CellStyle label;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle wrapped;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle percent;
    private final CellStyle measured;
    private final String metWord;
    private final String missedWord;
    /** Times print in the laptop's zone, as the window shows them. */
    private final ZoneId zone = ZoneId.systemDefault();
    private final CellStyle good;
    private final CellStyle bad;

    public PrintedWorkbook(ReportHeading heading) {
        this.heading = heading;
        // Excel on Windows has Microsoft YaHei for Chinese; LibreOffice substitutes a CJK font it has.
        String family = heading.words().locale().getLanguage().equals("zh") ? "Microsoft YaHei" : "Calibri";
        Font body = font(family, 10, false);
        Font bold = font(family, 10, true);
        Font large = font(family, 16, true);
        title = style(large, null);
        label = style(bold, null);
        header = style(bold, null);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        text = style(body, null);
        wrapped = style(body, null);
        wrapped.setWrapText(true);
        date = style(body, "yyyy-mm-dd");
        dateTime = style(body, "yyyy-mm-dd hh:mm");
        integer = style(body, "#,##0");
        decimal = style(body, "#,##0.0");
        percent = style(body, "0.0%");
        measured = style(body, "0.###");
        metWord = heading.words().get("report.met");
        missedWord = heading.words().get("report.missed");
        Font green = font(family, 10, true);
        green.setColor(IndexedColors.GREEN.getIndex());
        good = style(green, null);
        Font red = font(family, 10, true);
        red.setColor(IndexedColors.RED.getIndex());
        bad = style(red, null);
    }

    private Font font(String family, int points, boolean bold) {
        Font font = workbook.createFont();
        font.setFontName(family);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        return font;
    }

    private CellStyle style(Font font, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        return style;
    }

    public ReportHeading heading() {
        return heading;
    }

    /**
     * A sheet of label-and-value lines (a summary): the report's title at the top, then the lines
     * written with {@link Lines#line}. Portrait.
     */
    public Lines summarySheet(String name) {
        SXSSFSheet sheet = workbook.createSheet(safeName(name));
        printSetup(sheet, false);
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, SUMMARY_VALUE_WIDTH * 256);
        Lines lines = new Lines(sheet);
        Cell cell = sheet.createRow(0).createCell(0);
        cell.setCellValue(heading.title());
        cell.setCellStyle(title);
        lines.next = 2;
        lines.line(heading.words().get("report.site"), heading.site());
        if (!heading.period().isEmpty()) {
            lines.line(heading.words().get("report.period"), heading.period());
        }
        lines.line(heading.words().get("report.printed"), heading.printedOn());
        lines.next++;
        return lines;
    }

    /** Puts a sheet written last (a summary counted from the rows) first, and opens the workbook on it. */
    public void putFirst(String name) {
        workbook.setSheetOrder(safeName(name), 0);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        for (int i = 1; i < workbook.getNumberOfSheets(); i++) {
            workbook.getSheetAt(i).setSelected(false);
        }
    }

    /**
     * A data sheet: a header row (repeated on every printed page, frozen on screen, with a filter),
     * columns of the given widths in characters, landscape when they are wide.
     */
    public Table table(String name, List<String> headers, List<Integer> widths) {
        SXSSFSheet sheet = workbook.createSheet(safeName(name));
        int total = widths.stream().mapToInt(Integer::intValue).sum();
        printSetup(sheet, total > 90);
        if (total > 200) {
            // So many columns on one A4 page would print too small to read: A3, as an office printer takes.
            sheet.getPrintSetup().setPaperSize(PrintSetup.A3_PAPERSIZE);
        }
        Row row = sheet.createRow(0);
        int headerLines = 1;
        for (int i = 0; i < headers.size(); i++) {
            headerLines = Math.max(headerLines, lines(headers.get(i), widths.get(i)));
        }
        row.setHeightInPoints(LINE_POINTS * headerLines + 4);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, widths.get(i) * 256);
        }
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, headers.size() - 1));
        sheet.createFreezePane(0, 1);
        return new Table(sheet, widths);
    }

    /** The width of a summary's values, in characters. */
    private static final int SUMMARY_VALUE_WIDTH = 28;

    /** The height of one line of 10-point text. */
    private static final float LINE_POINTS = 13f;

    /**
     * How many lines a text takes wrapped in a column so many characters wide (a Chinese character
     * is nearly two wide). Rows are given their height here: neither Excel nor LibreOffice sizes a row of
     * wrapped text written by a program until someone edits it.
     */
    public static int lines(String text, int width) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            double wide = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                wide += c >= '\u2E80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 1.8 : 1;
            }
            lines += Math.max(1, (int) Math.ceil(wide / Math.max(1, width)));
        }
        return Math.max(1, lines);
    }

    private void printSetup(Sheet sheet, boolean landscape) {
        PageSetup.apply(sheet, heading, landscape);
    }

    /**
     * Writes the workbook to {@code target}; the file appears only whole ({@link WorkbookFile#write}).
     */
    public void writeTo(Path target) throws ReportRefused {
        WorkbookFile.write(workbook, target);
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // Closing a streaming workbook removes its temporary files; nothing of the report is lost.
        }
    }

    private static String safeName(String name) {
        String safe = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return safe.length() > 31 ? safe.substring(0, 31) : safe;
    }

    /** Label-and-value lines of a summary sheet. */
    public final class Lines {

        private final Sheet sheet;
        private int next;

        private Lines(Sheet sheet) {
            this.sheet = sheet;
        }

        /** A line; the value keeps its type (a number stays a number, a date a date). */
        public Lines line(String caption, Object value) {
            Row row = sheet.createRow(next++);
            Cell cell = row.createCell(0);
            cell.setCellValue(caption);
            cell.setCellStyle(label);
            put(row.createCell(1), value, null);
            if (value instanceof String words && lines(words, SUMMARY_VALUE_WIDTH) > 1) {
                row.setHeightInPoints(LINE_POINTS * lines(words, SUMMARY_VALUE_WIDTH) + 2);
            }
            return this;
        }

        /** A share, shown as a percentage. */
        public Lines share(String caption, Double value) {
            Row row = sheet.createRow(next++);
            Cell cell = row.createCell(0);
            cell.setCellValue(caption);
            cell.setCellStyle(label);
            put(row.createCell(1), value == null ? heading.words().get("report.none") : value, percent);
            return this;
        }

        /** A heading between groups of lines. */
        public Lines section(String caption) {
            next++;
            Cell cell = sheet.createRow(next++).createCell(0);
            cell.setCellValue(caption);
            cell.setCellStyle(header);
            return this;
        }
    }

    /** The rows of a data sheet, written in order. */
    public final class Table {

        private final SXSSFSheet sheet;
        private final List<Integer> widths;
        private final int columns;
        private int next = 1;

        private Table(SXSSFSheet sheet, List<Integer> widths) {
            this.sheet = sheet;
            this.widths = List.copyOf(widths);
            this.columns = widths.size();
        }

        /** A row: strings (wrapped when long), numbers, dates, times, durations (as hours), booleans (met or missed). */
        public void row(Object... values) {
            Row row = sheet.createRow(next++);
            int height = 1;
            for (int i = 0; i < values.length && i < columns; i++) {
                if (values[i] == null) {
                    continue; // no cell at all: Excel shows nothing, and the file is smaller
                }
                put(row.createCell(i), values[i], null);
                if (values[i] instanceof String words) {
                    height = Math.max(height, lines(words, widths.get(i)));
                }
            }
            if (height > 1) {
                row.setHeightInPoints(LINE_POINTS * height + 2);
            }
        }

        /** A line saying the table has nothing, so an empty report says so rather than looking broken. */
        public void nothing(String words) {
            if (next == 1) {
                Cell cell = sheet.createRow(next++).createCell(0);
                cell.setCellValue(words);
                cell.setCellStyle(text);
            }
        }

        public int rows() {
            return next - 1;
        }

        /**
         * A native chart of the rows written so far, drawn below them, as wide as the table and
         * {@code height} rows high (so that it prints under the table on the same pages).
         */
        public void chart(ChartSpec spec, int height) {
            int top = next + 1;
            XSSFSheet drawn = workbook.getXSSFWorkbook().getSheet(sheet.getSheetName());
            XSSFDrawing drawing = drawn.createDrawingPatriarch();
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, Math.min(columns, 10), top + height);
            SheetCharts.draw(drawing.createChart(anchor), sheet.getSheetName(), 1, next - 1, spec);
            next = top + height + 1;
        }

        /** The filter over the header and every row; called once the rows are written. */
        public void finish() {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, columns - 1));
        }
    }

    /**
     * Puts a value with its style. The style goes first: a cell without one looks up its column's
     * default style when given a value, a slow walk of the sheet's column list on every cell.
     */
    private void put(Cell cell, Object value, CellStyle forced) {
        switch (value) {
            case null -> cell.setBlank();
            case Integer n -> {
                cell.setCellStyle(forced != null ? forced : integer);
                cell.setCellValue(n);
            }
            case Long n -> {
                cell.setCellStyle(forced != null ? forced : integer);
                cell.setCellValue(n);
            }
            case Double d -> {
                cell.setCellStyle(forced != null ? forced : decimal);
                cell.setCellValue(d);
            }
            case java.math.BigDecimal b -> {
                cell.setCellStyle(measured);
                cell.setCellValue(b.doubleValue());
            }
            case Duration d -> {
                cell.setCellValue(Math.round(d.toMinutes() / 6.0) / 10.0); // hours, one decimal
                cell.setCellStyle(decimal);
            }
            case LocalDate d -> {
                cell.setCellStyle(date);
                cell.setCellValue(d);
            }
            case OffsetDateTime t -> {
                cell.setCellStyle(dateTime);
                cell.setCellValue(t.atZoneSameInstant(zone).toLocalDateTime());
            }
            case Share share when share.value() == null -> {
                cell.setCellStyle(text);
                cell.setCellValue(heading.words().get("report.none"));
            }
            case Share share -> {
                cell.setCellStyle(percent);
                cell.setCellValue(share.value());
            }
            case Boolean met -> {
                cell.setCellStyle(met ? good : bad);
                cell.setCellValue(met ? metWord : missedWord);
            }
            default -> {
                String words = value.toString();
                cell.setCellStyle(wrapped);
                cell.setCellValue(words);
            }
        }
    }
}
