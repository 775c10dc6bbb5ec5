package org.techbench.report.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads CSV (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030, each decoded strictly) and
 * XLSX files into text. The format is told by the file's first bytes, not its name.
 */
public final class TableFileReader {

    /** Larger files are refused before reading: the import holds one file in one transaction. */
    public static final long MAX_BYTES = 100L * 1024 * 1024;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final Charset GB18030 = Charset.forName("GB18030");

    public TableFile read(Path file) throws TableFileRefused {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new TableFileRefused(TableFileRefused.Reason.UNREADABLE, "file.unreadable", e, file, e.getMessage());
        }
        if (size == 0) {
            throw new TableFileRefused(TableFileRefused.Reason.EMPTY, "file.empty", null, file);
        }
        if (size > MAX_BYTES) {
            throw new TableFileRefused(TableFileRefused.Reason.TOO_LARGE, "file.tooLarge", null, file,
                    size / (1024 * 1024), MAX_BYTES / (1024 * 1024));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TableFileRefused(TableFileRefused.Reason.UNREADABLE, "file.unreadable", e, file, e.getMessage());
        }
        if (startsWith(bytes, ZIP_MAGIC)) {
            return readXlsx(file, bytes);
        }
        if (startsWith(bytes, OLE_MAGIC)) {
            throw new TableFileRefused(TableFileRefused.Reason.NOT_A_TABLE, "file.oldExcel", null, file);
        }
        return readCsv(file, bytes);
    }

    private TableFile readCsv(Path file, byte[] bytes) throws TableFileRefused {
        Decoded decoded = decode(file, bytes);
        List<TableRow> rows = new ArrayList<>();
        List<String> headers;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(decoded.text()))
                .setFormat(CSVFormat.RFC4180.builder().setDelimiter(delimiter(decoded.text())).get()).get()) {
            headers = null;
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                Set<Integer> formulas = new HashSet<>();
                for (int i = 0; i < record.size(); i++) {
                    String value = record.get(i).strip();
                    // A CSV cell that starts with '=' runs as a formula when the file is opened in Excel.
                    if (value.startsWith("=")) {
                        formulas.add(i);
                    }
                    cells.add(value);
                }
                if (headers == null) {
                    headers = cells;
                } else if (!isBlank(cells)) {
                    rows.add(new TableRow((int) record.getRecordNumber(), cells, formulas));
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new TableFileRefused(TableFileRefused.Reason.NOT_A_TABLE, "file.badCsv", e, file, e.getMessage());
        }
        if (headers == null) {
            throw new TableFileRefused(TableFileRefused.Reason.EMPTY, "file.noHeader", null, file);
        }
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return new TableFile(TableFile.Format.CSV, decoded.charset(), List.of(new TableSheet(name, headers, rows)));
    }

    private record Decoded(String text, String charset) {
    }

    private static Decoded decode(Path file, byte[] bytes) throws TableFileRefused {
        if (startsWith(bytes, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            return new Decoded(strict(file, bytes, 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            return new Decoded(strict(file, bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE (BOM)");
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            return new Decoded(strict(file, bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE (BOM)");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new TableFileRefused(TableFileRefused.Reason.NOT_A_TABLE, "file.notText", null, file);
            }
        }
        String utf8 = tryDecode(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        String gb = tryDecode(bytes, GB18030);
        if (gb != null) {
            return new Decoded(gb, "GB18030");
        }
        throw new TableFileRefused(TableFileRefused.Reason.UNKNOWN_ENCODING, "file.unknownEncoding", null, file);
    }

    private static String strict(Path file, byte[] bytes, int offset, Charset charset) throws TableFileRefused {
        String text = tryDecode(Arrays.copyOfRange(bytes, offset, bytes.length), charset);
        if (text == null) {
            throw new TableFileRefused(TableFileRefused.Reason.UNKNOWN_ENCODING, "file.badMark", null, file,
                    charset.name());
        }
        return text;
    }

    private static String tryDecode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Excel writes ';' where the decimal separator is ','; the first line tells which one a file uses. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long commas = first.chars().filter(c -> c == ',').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private TableFile readXlsx(Path file, byte[] bytes) throws TableFileRefused {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<TableSheet> sheets = new ArrayList<>();
        try (InputStream in = new java.io.ByteArrayInputStream(bytes); Workbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                List<String> headers = null;
                List<TableRow> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    Set<Integer> formulas = new HashSet<>();
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        if (cell != null && cell.getCellType() == CellType.FORMULA) {
                            formulas.add(c);
                            cells.add("=" + cell.getCellFormula());
                        } else {
                            cells.add(text(cell, formatter));
                        }
                    }
                    if (headers == null) {
                        if (!isBlank(cells)) {
                            headers = cells;
                        }
                    } else if (!isBlank(cells)) {
                        rows.add(new TableRow(row.getRowNum() + 1, cells, formulas));
                    }
                }
                if (headers != null) {
                    sheets.add(new TableSheet(sheet.getSheetName(), headers, rows));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new TableFileRefused(TableFileRefused.Reason.DAMAGED, "file.damagedXlsx", e, file, e.getMessage());
        }
        if (sheets.isEmpty()) {
            throw new TableFileRefused(TableFileRefused.Reason.EMPTY, "file.noSheet", null, file);
        }
        return new TableFile(TableFile.Format.XLSX, "", sheets);
    }

    /** Dates as ISO text, numbers without grouping, text as typed. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell).strip();
    }

    private static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
