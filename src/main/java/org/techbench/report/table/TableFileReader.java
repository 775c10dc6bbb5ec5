package org.techbench.report.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    /** Larger files are refused before reading whole (a CSV file opened row by row has no limit). */
    public static final long MAX_BYTES = 100L * 1024 * 1024;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /** Reads the whole file into memory; larger files than {@link #MAX_BYTES} are refused. */
    public TableFile read(Path file) throws TableFileRefused {
        long size = size(file);
        if (size > MAX_BYTES) {
            throw tooLarge(file, size);
        }
        return open(file).readAll();
    }

    /**
     * Opens the file for reading row by row. A CSV file of any size is read from disk on each pass;
     * an XLSX file (a zip that POI must hold whole) is read into memory and refused over {@link #MAX_BYTES}.
     */
    public TableSource open(Path file) throws TableFileRefused {
        long size = size(file);
        byte[] start = new byte[4];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(start, 0, start.length);
        } catch (IOException e) {
            throw new TableFileRefused(TableFileRefused.Reason.UNREADABLE, "file.unreadable", e, file, e.getMessage());
        }
        start = Arrays.copyOf(start, length);
        if (startsWith(start, ZIP_MAGIC)) {
            if (size > MAX_BYTES) {
                throw tooLarge(file, size);
            }
            return new InMemorySource(readXlsx(file, bytes(file)));
        }
        if (startsWith(start, OLE_MAGIC)) {
            throw new TableFileRefused(TableFileRefused.Reason.NOT_A_TABLE, "file.oldExcel", null, file);
        }
        return CsvTableSource.open(file, start);
    }

    private static long size(Path file) throws TableFileRefused {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new TableFileRefused(TableFileRefused.Reason.UNREADABLE, "file.unreadable", e, file, e.getMessage());
        }
        if (size == 0) {
            throw new TableFileRefused(TableFileRefused.Reason.EMPTY, "file.empty", null, file);
        }
        return size;
    }

    private static TableFileRefused tooLarge(Path file, long size) {
        return new TableFileRefused(TableFileRefused.Reason.TOO_LARGE, "file.tooLarge", null, file,
                size / (1024 * 1024), MAX_BYTES / (1024 * 1024));
    }

    private static byte[] bytes(Path file) throws TableFileRefused {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TableFileRefused(TableFileRefused.Reason.UNREADABLE, "file.unreadable", e, file, e.getMessage());
        }
    }

    /** An XLSX file already read whole. */
    private record InMemorySource(TableFile table) implements TableSource {
        @Override
        public TableFile.Format format() {
            return table.format();
        }

        @Override
        public String encoding() {
            return table.encoding();
        }

        @Override
        public List<TableSource.Sheet> sheets() {
            return table.sheets().stream().map(sheet -> new TableSource.Sheet(sheet.name(), sheet.headers())).toList();
        }

        @Override
        public void forEachRow(int sheet, java.util.function.Consumer<TableRow> action) {
            table.sheets().get(sheet).rows().forEach(action);
        }

        @Override
        public TableFile readAll() {
            return table;
        }
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
